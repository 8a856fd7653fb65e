package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.rerun.Rerun;
import org.caresettle.batch.rerun.RerunRefused;
import org.caresettle.batch.rerun.Reruns;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Four eyes on a rerun (issue 14 item 2), for scripts with HTTP Basic:
 * <ul>
 * <li>{@code POST /api/periods/{period}/reruns} {"reason": "..."}: a finance user asks for the period's
 * next version; its preview is settled and kept (201), or 409 when the inputs did not change;</li>
 * <li>{@code POST /api/reruns/{id}/approve}: a different finance user publishes it (200; again: the
 * same answer), or 409 when the inputs changed since the preview;</li>
 * <li>{@code POST /api/reruns/{id}/reject} {"reason": "..."}: a different finance user rejects it;</li>
 * <li>{@code GET /api/reruns} and {@code GET /api/reruns/{id}}: finance and auditor; the operator
 * without the amounts ({@code differences} empty).</li>
 * </ul>
 * The requester deciding their own request, and every other role, get a bare 403 (audited).
 */
@RestController
class RerunsApiController {

    private final Reruns reruns;
    private final SettleFolders folders;
    private final AccessDenials denials;

    RerunsApiController(Reruns reruns, SettleFolders folders, AccessDenials denials) {
        this.reruns = reruns;
        this.folders = folders;
        this.denials = denials;
    }

    record ReasonJson(String reason) {
    }

    record RerunJson(long id, String period, String state, String reason, String requestedBy,
            LocalDateTime requestedAt, int previewVersion, String previewFolder, String inputSha256,
            List<String> differences, String decidedBy, LocalDateTime decidedAt, String decisionReason,
            Integer publishedVersion) {

        /** The request; its per-municipality differences only for a reader of amounts. */
        static RerunJson of(Rerun rerun, Viewer viewer) {
            List<String> differences = !viewer.mayReadRegionTotals() ? List.of()
                    : Arrays.stream(rerun.previewSummary().split("\n"))
                            .filter(line -> line.startsWith("  ")).map(String::strip).toList();
            return new RerunJson(rerun.id(), rerun.period(), rerun.state().name(), rerun.reason(),
                    rerun.requestedBy(), rerun.requestedAt(), rerun.previewVersion(), rerun.previewFolder(),
                    rerun.inputSha256(), differences, rerun.decidedBy(), rerun.decidedAt(), rerun.decisionReason(),
                    rerun.publishedVersion());
        }
    }

    @GetMapping("/api/reruns")
    List<RerunJson> list(@AuthenticationPrincipal SignedInUser user) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadReruns(), "rerun requests");
        return reruns.list().stream().map(rerun -> RerunJson.of(rerun, viewer)).toList();
    }

    @GetMapping("/api/reruns/{id}")
    RerunJson one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadReruns(), "rerun request " + id);
        return RerunJson.of(reruns.get(id), viewer);
    }

    @PostMapping("/api/periods/{period}/reruns")
    ResponseEntity<RerunJson> request(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @RequestBody(required = false) ReasonJson body) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayRequestReruns(), "rerun request of " + period);
        Rerun rerun = reruns.request(period, body == null ? null : body.reason(), user.getUsername(), folders.data(),
                outFolder());
        return ResponseEntity.status(HttpStatus.CREATED).body(RerunJson.of(rerun, viewer));
    }

    @PostMapping("/api/reruns/{id}/approve")
    RerunJson approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayRequestReruns(), "approval of rerun request " + id);
        return RerunJson.of(reruns.approve(id, user.getUsername(), folders.data(), outFolder()), viewer);
    }

    @PostMapping("/api/reruns/{id}/reject")
    RerunJson reject(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody(required = false) ReasonJson body) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayRequestReruns(), "rejection of rerun request " + id);
        return RerunJson.of(reruns.reject(id, user.getUsername(), body == null ? null : body.reason()), viewer);
    }

    @ExceptionHandler(RerunRefused.class)
    ResponseEntity<Map<String, String>> refused(RerunRefused refusal, HttpServletRequest request) {
        HttpStatus status = switch (refusal.kind()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        if (status == HttpStatus.FORBIDDEN) {
            denials.record(request, new Forbidden(refusal.getMessage()));
            return ResponseEntity.status(status).build();
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", refusal.getMessage()));
    }

    private Path outFolder() {
        return folders.out().orElseThrow(() -> new RerunRefused(RerunRefused.Kind.CONFLICT,
                "the console has no --out folder (settlement.serve.out): nothing can be settled"));
    }
}
