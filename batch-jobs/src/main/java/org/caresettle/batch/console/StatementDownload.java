package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.export.ExportedFiles;
import org.caresettle.batch.inquiry.StatementFileInquiry;
import org.caresettle.batch.inquiry.VersionFiles;
import org.caresettle.core.value.Period;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Hands out a version's statement files and its exported workbooks (issue 15), byte for byte as on disk,
 * to the pages and the API alike: the right to the file is decided by its name first, then only a name the
 * version's manifest (or the exports' manifest) lists is served, and every download is recorded in the
 * audit trail.
 */
@Component
class StatementDownload {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OutFolderSetting out;
    private final StatementFileInquiry files;
    private final AuditTrail audit;
    private final ExportedFiles exports;

    StatementDownload(OutFolderSetting out, StatementFileInquiry files, AuditTrail audit, ExportedFiles exports) {
        this.out = out;
        this.files = files;
        this.audit = audit;
        this.exports = exports;
    }

    /** The published files of a version, or 404 (no out folder known, no such version on disk). */
    VersionFiles version(Period period, int version) {
        Path folder = out.out().orElseThrow(() -> new NotFound("notfound.out"));
        return files.version(folder, period, version)
                .orElseThrow(() -> new NotFound("notfound.version", period.toString(), version));
    }

    /** The published files of a version when the out folder is known and holds it, for lists of links. */
    Optional<VersionFiles> published(Period period, int version) {
        return out.out().flatMap(folder -> files.version(folder, period, version));
    }

    ResponseEntity<Resource> file(SignedInUser user, String periodText, String versionText, String name,
            HttpServletRequest request) throws IOException {
        Viewer viewer = Viewers.of(user);
        Period period = PathValues.period(periodText);
        int version = PathValues.version(versionText);
        FileAccess.check(viewer, name);
        VersionFiles listed = version(period, version);
        Path file = listed.file(name).orElseThrow(() -> new NotFound("notfound.file", name));
        audit.record(viewer.username(), AuditAction.DOWNLOAD, request.getRequestURI(), request.getRemoteAddr(),
                period + " v" + version + " " + name);
        return ResponseEntity.ok()
                .contentType(CSV)
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }

    /** The path of one exported file of a version when the out folder is known and its export lists it. */
    Optional<Path> exportedFile(Period period, int version, String name) {
        return out.out().flatMap(folder -> exports.file(folder, period, version, name));
    }

    /** One file of the version's export: a municipality's workbook or the exports' manifest. */
    ResponseEntity<Resource> exported(SignedInUser user, String periodText, String versionText, String name,
            HttpServletRequest request) throws IOException {
        Viewer viewer = Viewers.of(user);
        Period period = PathValues.period(periodText);
        int version = PathValues.version(versionText);
        FileAccess.checkExport(viewer, name);
        out.out().orElseThrow(() -> new NotFound("notfound.out"));
        Path file = exportedFile(period, version, name).orElseThrow(() -> new NotFound("notfound.file", name));
        audit.record(viewer.username(), AuditAction.DOWNLOAD, request.getRequestURI(), request.getRemoteAddr(),
                period + " v" + version + " exports/" + name);
        return ResponseEntity.ok()
                .contentType(name.endsWith(ExportedFiles.WORKBOOK_SUFFIX) ? XLSX : CSV)
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }

    void zip(SignedInUser user, String periodText, String versionText, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Viewer viewer = Viewers.of(user);
        Period period = PathValues.period(periodText);
        int version = PathValues.version(versionText);
        Forbidden.unless(viewer.mayDownloadWholeVersion(), "whole version");
        VersionFiles listed = version(period, version);
        audit.record(viewer.username(), AuditAction.DOWNLOAD, request.getRequestURI(), request.getRemoteAddr(),
                period + " v" + version + " whole version (" + listed.names().size() + " files)");
        response.setContentType(ZIP.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("statements-" + period + "-v" + version + ".zip").build().toString());
        listed.writeZip(response.getOutputStream());
    }
}
