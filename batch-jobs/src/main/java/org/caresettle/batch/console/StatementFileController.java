package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads from the pages: one statement file, one exported workbook, or a whole version as a zip
 * (finance, auditor).
 */
@Controller
class StatementFileController {

    private final StatementDownload download;

    StatementFileController(StatementDownload download) {
        this.download = download;
    }

    @GetMapping("/periods/{period}/versions/{version}/files/{file}")
    ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @PathVariable String version, @PathVariable String file, HttpServletRequest request) throws IOException {
        return download.file(user, period, version, file, request);
    }

    @GetMapping("/periods/{period}/versions/{version}/exports/{file}")
    ResponseEntity<Resource> exported(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @PathVariable String version, @PathVariable String file, HttpServletRequest request) throws IOException {
        return download.exported(user, period, version, file, request);
    }

    @GetMapping("/periods/{period}/versions/{version}/download.zip")
    void zip(@AuthenticationPrincipal SignedInUser user, @PathVariable String period, @PathVariable String version,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        download.zip(user, period, version, request, response);
    }
}
