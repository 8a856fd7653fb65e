package org.caresettle.batch.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * The exported workbooks of a version for the console's downloads. As for the statements, only a name the
 * exports' manifest lists (or the manifest itself) ever becomes a path, so no requested name reaches the disk.
 */
@Service
public class ExportedFiles {

    /** The suffix of a workbook's name: {@code invoice_0405.xlsx}. */
    public static final String WORKBOOK_SUFFIX = ".xlsx";

    /** The workbook of a municipality: {@code invoice_0405.xlsx}. */
    public static String workbookName(String municipality) {
        return "invoice_" + municipality + WORKBOOK_SUFFIX;
    }

    /** The municipality whose workbook the name is, or {@code null} for any other name. */
    public static String municipalityOf(String name) {
        String prefix = "invoice_";
        return name.startsWith(prefix) && name.endsWith(WORKBOOK_SUFFIX)
                ? name.substring(prefix.length(), name.length() - WORKBOOK_SUFFIX.length()) : null;
    }

    /** The exported file {@code name} of the version, when its export is published and lists it. */
    public Optional<Path> file(Path out, Period period, int version, String name) {
        Path folder = ExportFolders.of(out, period).published(version);
        if (!Files.isRegularFile(folder.resolve(ExportManifest.FILE))) {
            return Optional.empty();
        }
        boolean listed = name.equals(ExportManifest.FILE)
                || ExportManifest.read(folder).stream().anyMatch(entry -> entry.file().equals(name));
        return listed ? Optional.of(folder.resolve(name)).filter(Files::isRegularFile) : Optional.empty();
    }
}
