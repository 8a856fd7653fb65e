package org.caresettle.batch.rerun;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.rerun.RerunRefused.Kind;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.run.RunSupervisor;
import org.caresettle.batch.settle.InputFingerprint;
import org.caresettle.batch.settle.SettleOutcome;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * Four eyes on a rerun (issue 14 item 2). A finance user asks for a period's next version with a
 * reason: its preview is settled as {@code settle --preview} does, under the {@link RunSupervisor} like
 * a command (the run names the user and the reason), and the request keeps the preview's folder and
 * the input fingerprint it was computed from. A different user approves it: when the inputs are still
 * those of the preview, the plain settle publishes the next version, whose files equal the preview's;
 * otherwise nothing is published. Or they reject it. Who may decide at all (finance) is the caller's
 * check; that the requester may not decide their own request is checked here.
 */
@Service
public class Reruns {

    private static final int MAX_REASON = 500;
    private static final int MAX_LISTED = 500;

    private final RerunStore store;
    private final RunSupervisor supervisor;
    private final SettleRunner settle;
    private final InputFingerprint fingerprint;
    private final AuditTrail audit;
    private final Clock clock;

    Reruns(RerunStore store, RunSupervisor supervisor, SettleRunner settle, InputFingerprint fingerprint,
            AuditTrail audit, Clock clock) {
        this.store = store;
        this.supervisor = supervisor;
        this.settle = settle;
        this.fingerprint = fingerprint;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Rerun> list() {
        return store.newestFirst(MAX_LISTED);
    }

    public Rerun get(long id) {
        return store.find(id).orElseThrow(() -> new RerunRefused(Kind.NOT_FOUND, "no rerun request " + id));
    }

    /** Previews the period's next version and keeps the request; refused when nothing would change. */
    public Rerun request(String periodText, String reason, String user, Path data, Path out) {
        Period period = period(periodText);
        String why = reason(reason);
        AtomicReference<Long> id = new AtomicReference<>();
        AtomicReference<String> nothing = new AtomicReference<>();
        RunEnd end = supervised(settleRequest(period, data, out, true, user, why), () -> {
            String inputs = fingerprint.of(period).sha256();
            SettleOutcome preview = settle.preview(out, period);
            if (!preview.written() || preview.folder() == null) {
                nothing.set(preview.message());
                return ExitCode.DONE;
            }
            id.set(store.add(period.toString(), why, user, now(), preview.version(), preview.folder(), inputs,
                    preview.message()));
            return ExitCode.DONE;
        });
        requireDone(end);
        if (id.get() == null) {
            throw new RerunRefused(Kind.CONFLICT, "nothing to rerun: " + nothing.get());
        }
        Rerun rerun = get(id.get());
        audit.record(user, AuditAction.RERUN_REQUESTED, target(rerun), null, why);
        return rerun;
    }

    /**
     * Publishes the request's version when its inputs are still those of the preview; a request already
     * published answers as it is, nothing done again.
     */
    public Rerun approve(long id, String user, Path data, Path out) {
        Rerun rerun = get(id);
        requireOther(rerun, user);
        switch (rerun.state()) {
            case PUBLISHED:
                return rerun;
            case REQUESTED:
                break;
            default:
                throw new RerunRefused(Kind.CONFLICT, "rerun request " + id + " is " + rerun.state()
                        + (rerun.decisionReason() == null ? "" : ": " + rerun.decisionReason()) + "; nothing published");
        }
        if (!store.decide(id, RerunState.REQUESTED, RerunState.APPROVED, user, now(), null, null)) {
            Rerun now = get(id);
            if (now.state() == RerunState.PUBLISHED) {
                return now;
            }
            throw new RerunRefused(Kind.CONFLICT, "rerun request " + id + " is being decided by someone else ("
                    + now.state() + ")");
        }
        Period period = Period.parse(rerun.period());
        AtomicReference<String> stale = new AtomicReference<>();
        AtomicReference<SettleOutcome> published = new AtomicReference<>();
        RunEnd end = supervised(settleRequest(period, data, out, false, user, "approval of rerun request " + id
                + ": " + rerun.reason()), () -> {
                    String inputs = fingerprint.of(period).sha256();
                    if (!inputs.equals(rerun.inputSha256())) {
                        stale.set("the inputs of " + period + " changed after the preview of rerun request " + id
                                + " (" + rerun.previewFolder() + "); nothing published: ask for a new preview");
                        return ExitCode.DONE;
                    }
                    published.set(settle.settle(out, period));
                    return ExitCode.DONE;
                });
        if (stale.get() != null) {
            store.decide(id, RerunState.APPROVED, RerunState.STALE, user, now(), stale.get(), null);
            throw new RerunRefused(Kind.CONFLICT, stale.get());
        }
        if (!end.done() || published.get() == null) {
            // Nothing published (lock held, a failure): the request may be approved again.
            store.decide(id, RerunState.APPROVED, RerunState.REQUESTED, null, null, null, null);
            requireDone(end);
            throw new IllegalStateException("the settle of rerun request " + id + " ended without an outcome");
        }
        SettleOutcome outcome = published.get();
        String note = outcome.written() ? null : outcome.message();
        store.decide(id, RerunState.APPROVED, RerunState.PUBLISHED, user, now(), note, outcome.version());
        Rerun done = get(id);
        audit.record(user, AuditAction.RERUN_APPROVED, target(done), null, "published v" + outcome.version());
        return done;
    }

    /** Rejects a request that is still asked for; one already rejected answers as it is. */
    public Rerun reject(long id, String user, String reason) {
        String why = reason(reason);
        Rerun rerun = get(id);
        requireOther(rerun, user);
        if (rerun.state() == RerunState.REJECTED) {
            return rerun;
        }
        if (rerun.state() != RerunState.REQUESTED
                || !store.decide(id, RerunState.REQUESTED, RerunState.REJECTED, user, now(), why, null)) {
            throw new RerunRefused(Kind.CONFLICT, "rerun request " + id + " is " + get(id).state()
                    + "; it can no longer be rejected");
        }
        Rerun done = get(id);
        audit.record(user, AuditAction.RERUN_REJECTED, target(done), null, why);
        return done;
    }

    private static void requireOther(Rerun rerun, String user) {
        if (rerun.requestedBy().equals(user)) {
            throw new RerunRefused(Kind.FORBIDDEN, "rerun request " + rerun.id() + " was asked for by " + user
                    + ", who may not decide it (four eyes)");
        }
    }

    private RunEnd supervised(RunRequest request, org.caresettle.batch.run.RunWork work) {
        return supervisor.run(request, new PrintStream(OutputStream.nullOutputStream()), work);
    }

    private static void requireDone(RunEnd end) {
        if (end.exitStatus() == ExitCode.REFUSED) {
            throw new RerunRefused(Kind.CONFLICT, end.message());
        }
        if (!end.done()) {
            throw new IllegalStateException("settle failed: " + end.message());
        }
    }

    private static RunRequest settleRequest(Period period, Path data, Path out, boolean preview, String user,
            String reason) {
        Map<String, String> options = new HashMap<>();
        if (data != null) {
            options.put("data", data.toString());
        }
        options.put("out", out.toString());
        options.put("period", period.toString());
        if (preview) {
            options.put("preview", "true");
        }
        String why = reason.length() > RunRequest.MAX_REASON ? reason.substring(0, RunRequest.MAX_REASON) : reason;
        return new RunRequest("settle", options, null, period.toString(), data, out, user, why);
    }

    private static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (RuntimeException e) {
            throw new RerunRefused(Kind.NOT_FOUND, "no period " + text);
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RerunRefused(Kind.INVALID, "a reason is required");
        }
        if (reason.length() > MAX_REASON) {
            throw new RerunRefused(Kind.INVALID, "a reason has at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private static String target(Rerun rerun) {
        return "rerun " + rerun.id() + " of " + rerun.period() + " (v" + rerun.previewVersion() + ")";
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
