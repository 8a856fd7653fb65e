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
import org.springframework.beans.factory.annotation.Value;
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
 * <li>{@code GET /api/reruns} and {@code GET /api/reruns/{id}}: finance and auditor.</li>
 * </ul>
 * The requester deciding their own request, and every other role, get a bare 403 (audited).
 */
@RestController
class RerunsApiController {

    private final Reruns reruns;
    private final OutFolderSetting out;
    private final String data;
    private final AccessDenials denials;

    RerunsApiController(Reruns reruns, OutFolderSetting out, @Value("${settlement.serve.data:}") String data,
            AccessDenials denials) {
        this.reruns = reruns;
        this.out = out;
        this.data = data;
        this.denials = denials;
    }

    record ReasonJson(String reason) {
    }

    record RerunJson(long id, String period, String state, String reason, String requestedBy,
            LocalDateTime requestedAt, int previewVersion, String previewFolder, String inputSha256,
            List<String> differences, String decidedBy, LocalDateTime decidedAt, String decisionReason,
            Integer publishedVersion) {

        static RerunJson of(Rerun rerun) {
            List<String> differences = Arrays.stream(rerun.previewSummary().split("\n"))
                    .filter(line -> line.startsWith("  ")).map(String::strip).toList();
            return new RerunJson(rerun.id(), rerun.period(), rerun.state().name(), rerun.reason(),
                    rerun.requestedBy(), rerun.requestedAt(), rerun.previewVersion(), rerun.previewFolder(),
                    rerun.inputSha256(), differences, rerun.decidedBy(), rerun.decidedAt(), rerun.decisionReason(),
                    rerun.publishedVersion());
        }
    }

    @GetMapping("/api/reruns")
    List<RerunJson> list(@AuthenticationPrincipal SignedInUser user) {
        Forbidden.unless(Viewers.of(user).mayReadReruns(), "rerun requests");
        return reruns.list().stream().map(RerunJson::of).toList();
    }

    @GetMapping("/api/reruns/{id}")
    RerunJson one(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Forbidden.unless(Viewers.of(user).mayReadReruns(), "rerun request " + id);
        return RerunJson.of(reruns.get(id));
    }

    @PostMapping("/api/periods/{period}/reruns")
    ResponseEntity<RerunJson> request(@AuthenticationPrincipal SignedInUser user, @PathVariable String period,
            @RequestBody(required = false) ReasonJson body) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "rerun request of " + period);
        Rerun rerun = reruns.request(period, body == null ? null : body.reason(), user.getUsername(), dataFolder(),
                outFolder());
        return ResponseEntity.status(HttpStatus.CREATED).body(RerunJson.of(rerun));
    }

    @PostMapping("/api/reruns/{id}/approve")
    RerunJson approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "approval of rerun request " + id);
        return RerunJson.of(reruns.approve(id, user.getUsername(), dataFolder(), outFolder()));
    }

    @PostMapping("/api/reruns/{id}/reject")
    RerunJson reject(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody(required = false) ReasonJson body) {
        Forbidden.unless(Viewers.of(user).mayRequestReruns(), "rejection of rerun request " + id);
        return RerunJson.of(reruns.reject(id, user.getUsername(), body == null ? null : body.reason()));
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
        return out.out().orElseThrow(() -> new RerunRefused(RerunRefused.Kind.CONFLICT,
                "the console has no --out folder (settlement.serve.out): nothing can be settled"));
    }

    private Path dataFolder() {
        return data == null || data.isBlank() ? null : Path.of(data).toAbsolutePath();
    }
}
