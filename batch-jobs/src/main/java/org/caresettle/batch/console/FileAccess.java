package org.caresettle.batch.console;

import org.caresettle.batch.export.ExportManifest;
import org.caresettle.batch.export.ExportedFiles;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.value.MunicipalityCode;

/**
 * Which statement file a viewer may take, decided by its name alone (before the disk is asked):
 * a municipality's invoice and detail file go with its invoice; a provider's payment statement with
 * the provider statements; the corrections and the manifest hold every municipality's figures and go
 * with the whole version. A name of no known kind is no statement file at all (404).
 */
final class FileAccess {

    private FileAccess() {
    }

    /** Throws {@link Forbidden} or {@link NotFound}, or returns when the viewer may have the file. */
    static void check(Viewer viewer, String name) {
        String invoiceOwner = StatementKind.INVOICE.ownerOf(name);
        String detailOwner = DetailCsv.ownerOf(name);
        String municipality = invoiceOwner != null ? invoiceOwner : detailOwner;
        if (municipality != null) {
            Forbidden.unless(isMunicipality(municipality) && viewer.mayReadMunicipality(MunicipalityCode.of(municipality)),
                    "file of municipality " + municipality);
        } else if (StatementKind.PAYMENT.ownerOf(name) != null) {
            Forbidden.unless(viewer.mayReadProviderStatements(), "provider payment statement");
        } else if (name.equals(CorrectionCsv.FILE) || name.equals(Manifest.FILE)) {
            Forbidden.unless(viewer.mayDownloadWholeVersion(), "region-wide file");
        } else {
            throw new NotFound("notfound.file", name);
        }
    }

    /**
     * The same for a version's exported file (issue 15): a municipality's workbook goes with its invoice, the
     * exports' manifest (which names every municipality's workbook) with the whole version.
     */
    static void checkExport(Viewer viewer, String name) {
        String municipality = ExportedFiles.municipalityOf(name);
        if (municipality != null) {
            Forbidden.unless(isMunicipality(municipality) && viewer.mayReadMunicipality(MunicipalityCode.of(municipality)),
                    "workbook of municipality " + municipality);
        } else if (name.equals(ExportManifest.FILE)) {
            Forbidden.unless(viewer.mayDownloadWholeVersion(), "region-wide file");
        } else {
            throw new NotFound("notfound.file", name);
        }
    }

    /** Whether the viewer may have the file, for lists of links. */
    static boolean allows(Viewer viewer, String name) {
        try {
            check(viewer, name);
            return true;
        } catch (Forbidden | NotFound e) {
            return false;
        }
    }

    private static boolean isMunicipality(String code) {
        return code.matches("[0-9]{4}");
    }
}
