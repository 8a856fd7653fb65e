package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/periods/{period}/versions/{version}/files/{file}}: a statement file's exact bytes;
 * {@code .../exports/{file}}: an exported workbook's (issue 15).
 */
@RestController
class StatementFileApiController {

    private final StatementDownload download;

    StatementFileApiController(StatementDownload download) {
        this.download = download;
    }

    @GetMapping("/api/periods/{period}/versions/{version}/files/{file}")
    ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @PathVariable String version, @PathVariable String file, HttpServletRequest request) throws IOException {
        return download.file(user, period, version, file, request);
    }

    @GetMapping("/api/periods/{period}/versions/{version}/exports/{file}")
    ResponseEntity<Resource> exported(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @PathVariable String version, @PathVariable String file, HttpServletRequest request) throws IOException {
        return download.exported(user, period, version, file, request);
    }
}
