package org.caresettle.batch.rerun;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.rerun.RerunRefused.Kind;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunLock;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.run.RunSupervisor;
import org.caresettle.batch.settle.InputFingerprint;
import org.caresettle.batch.settle.PeriodSettler;
import org.caresettle.batch.settle.SettleOutcome;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Four eyes on a rerun (issue 14 item 2). A user asks for a period's next version with a reason: its
 * preview is settled as {@code settle --preview} does, under the {@link RunSupervisor} like a command (the
 * run names the user and the reason), and the request keeps the preview's folder and the input
 * fingerprint it was computed from. With {@code settlement.publish=approval}, {@code settle} and
 * {@code nightly} leave such a request instead of publishing ({@link #awaitApproval}).
 *
 * <p>A different user approves it: when the inputs are still those of the preview and no version was
 * published since, the request becomes APPROVED and the plain settle publishes the next version, whose
 * files equal the preview's; the request becomes PUBLISHED in the very transaction that stores the version
 * ({@link RerunPublication}), so a crash leaves either both or neither. A request left APPROVED by a run
 * that died is put back to REQUESTED by the next approval (which holds the run lock) or listing (when no
 * live run holds it), and can be approved again. Or they reject it. Who may decide at all (the console's
 * finance role) is the caller's check; that the requester may not decide their own request is checked
 * here.
 */
@Service
public class Reruns {

    private static final Logger log = LoggerFactory.getLogger(Reruns.class);
    private static final int MAX_REASON = 500;
    private static final int MAX_LISTED = 500;

    private final RerunStore store;
    private final RunSupervisor supervisor;
    private final RunLock lock;
    private final SettleRunner settle;
    private final PeriodSettler settler;
    private final SettlementVersionRepository versions;
    private final InputFingerprint fingerprint;
    private final AuditTrail audit;
    private final Clock clock;

    Reruns(RerunStore store, RunSupervisor supervisor, RunLock lock, SettleRunner settle, PeriodSettler settler,
            SettlementVersionRepository versions, InputFingerprint fingerprint, AuditTrail audit, Clock clock) {
        this.store = store;
        this.supervisor = supervisor;
        this.lock = lock;
        this.settle = settle;
        this.settler = settler;
        this.versions = versions;
        this.fingerprint = fingerprint;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest requests first; one left APPROVED by a run that died is REQUESTED again (see the class comment). */
    public List<Rerun> list() {
        if (!lock.heldByLiveRun()) {
            putBackLeftovers();
        }
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
            Kept kept = previewAndKeep(period, why, user, out);
            if (kept.id() == null) {
                nothing.set(kept.message());
            } else {
                id.set(kept.id());
            }
            return ExitCode.DONE;
        });
        requireDone(end);
        if (id.get() == null) {
            throw new RerunRefused(Kind.CONFLICT, "nothing to rerun: " + nothing.get());
        }
        return get(id.get());
    }

    /**
     * With {@code settlement.publish=approval}, inside a run that holds the run lock ({@code settle},
     * {@code nightly}): the period's next version is previewed and left as a rerun request by {@code user}
     * for {@code reason}, unless a request already waits for exactly these inputs, or nothing would change.
     * Requests of the period still waiting with older inputs can no longer be approved: they become STALE.
     * Says what waits for approval (or why nothing does).
     */
    public String awaitApproval(Period period, String user, String reason, Path out) throws Exception {
        String why = reason(reason);
        List<String> lines = new ArrayList<>();
        settler.finishInterrupted(out, period).ifPresent(lines::add);
        String inputs = fingerprint.of(period).sha256();
        int next = versions.latest(period).map(v -> v.number() + 1).orElse(1);
        List<Rerun> waiting = store.waiting(period.toString());
        Optional<Rerun> same = waiting.stream()
                .filter(r -> r.inputSha256().equals(inputs) && r.previewVersion() == next).findFirst();
        if (same.isPresent()) {
            lines.add(waits(same.get()) + " (nothing new since its preview)");
            return String.join("\n", lines);
        }
        Kept kept = previewAndKeep(period, why, user, out);
        lines.add(kept.message());
        if (kept.id() == null) {
            return String.join("\n", lines);
        }
        Rerun rerun = get(kept.id());
        for (Rerun older : waiting) {
            String superseded = "superseded by rerun request " + rerun.id() + ": the inputs of " + period
                    + " changed after its preview";
            if (store.decide(older.id(), RerunState.REQUESTED, RerunState.STALE, user, now(), superseded, null)) {
                lines.add("period " + period + ": rerun request " + older.id() + " is stale, " + superseded);
            }
        }
        lines.add(waits(rerun));
        return String.join("\n", lines);
    }

    /**
     * Publishes the request's version when its inputs are still those of the preview; a request already
     * published answers as it is, nothing done again (a version its publication left unrenamed by a crash
     * after the commit is made visible).
     */
    public Rerun approve(long id, String user, Path data, Path out) {
        Rerun rerun = get(id);
        requireOther(rerun, user);
        switch (rerun.state()) {
            case PUBLISHED:
                return visible(rerun, user, data, out);
            case REQUESTED, APPROVED:
                break;
            default:
                throw undecidable(rerun);
        }
        Period period = Period.parse(rerun.period());
        AtomicReference<Rerun> already = new AtomicReference<>();
        AtomicReference<RerunRefused> refused = new AtomicReference<>();
        AtomicReference<SettleOutcome> published = new AtomicReference<>();
        RunEnd end = supervised(settleRequest(period, data, out, false, user, "approval of rerun request " + id
                + ": " + rerun.reason()), () -> {
                    // The run lock is ours: a request APPROVED now was left so by a run that died, and a
                    // version stored but not renamed by one is finished before anything is compared.
                    putBackLeftovers();
                    settler.finishInterrupted(out, period);
                    Rerun now = get(id);
                    if (now.state() == RerunState.PUBLISHED) {
                        already.set(now);
                        return ExitCode.DONE;
                    }
                    if (now.state() != RerunState.REQUESTED) {
                        refused.set(undecidable(now));
                        return ExitCode.DONE;
                    }
                    String stale = staleness(now, period);
                    if (stale != null) {
                        store.decide(id, RerunState.REQUESTED, RerunState.STALE, user, now(), stale, null);
                        refused.set(new RerunRefused(Kind.CONFLICT, stale));
                        return ExitCode.DONE;
                    }
                    if (!store.decide(id, RerunState.REQUESTED, RerunState.APPROVED, user, now(), null, null)) {
                        refused.set(new RerunRefused(Kind.CONFLICT, "rerun request " + id
                                + " is being decided by someone else (" + get(id).state() + ")"));
                        return ExitCode.DONE;
                    }
                    published.set(settle.publishApproved(out, period, id));
                    return ExitCode.DONE;
                });
        if (already.get() != null) {
            return already.get();
        }
        if (refused.get() != null) {
            throw refused.get();
        }
        if (!end.done() || published.get() == null) {
            // Nothing published (lock held, a failure): the request may be approved again.
            store.decide(id, RerunState.APPROVED, RerunState.REQUESTED, null, null, null, null);
            requireDone(end);
            throw new IllegalStateException("the settle of rerun request " + id + " ended without an outcome");
        }
        SettleOutcome outcome = published.get();
        if (!outcome.written()) {
            // Cannot happen with the inputs and the version checked under the lock; never left APPROVED.
            String why = "nothing published: " + outcome.message();
            store.decide(id, RerunState.APPROVED, RerunState.STALE, user, now(), shorten(why), null);
            throw new RerunRefused(Kind.CONFLICT, "rerun request " + id + ": " + why);
        }
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

    /** What {@link #previewAndKeep} said, and the request it kept (null when nothing would change). */
    private record Kept(String message, Long id) {
    }

    /** Settles the preview and, when it wrote one, keeps the request and audits it; run under the lock. */
    private Kept previewAndKeep(Period period, String why, String user, Path out) throws Exception {
        String inputs = fingerprint.of(period).sha256();
        SettleOutcome preview = settle.preview(out, period);
        if (!preview.written() || preview.folder() == null) {
            return new Kept(preview.message(), null);
        }
        long id = store.add(period.toString(), why, user, now(), preview.version(), preview.folder(), inputs,
                preview.message());
        audit.record(user, AuditAction.RERUN_REQUESTED, target(get(id)), null, why);
        return new Kept(preview.message(), id);
    }

    /**
     * Why the request can no longer be approved (a version published since its preview, or inputs that
     * changed since), or null when it can; checked under the run lock, just before it is published.
     */
    private String staleness(Rerun rerun, Period period) {
        int latest = versions.latest(period).map(SettlementVersionRepository.StoredVersion::number).orElse(0);
        if (latest != rerun.previewVersion() - 1) {
            return "v" + latest + " of " + period + " was published after the preview of rerun request " + rerun.id()
                    + " (" + rerun.previewFolder() + ", of v" + rerun.previewVersion() + "); nothing published: ask for"
                    + " a new preview";
        }
        if (!fingerprint.of(period).sha256().equals(rerun.inputSha256())) {
            return "the inputs of " + period + " changed after the preview of rerun request " + rerun.id() + " ("
                    + rerun.previewFolder() + "); nothing published: ask for a new preview";
        }
        return null;
    }

    /**
     * A request left APPROVED by a run that died before its publication committed has no version (the two
     * commit together): it is REQUESTED again. Only called when no live run can be publishing it.
     */
    private void putBackLeftovers() {
        for (long id : store.approved()) {
            if (store.decide(id, RerunState.APPROVED, RerunState.REQUESTED, null, null, null, null)) {
                log.warn("rerun request {} was left APPROVED by a run that ended before publishing it: it waits for"
                        + " approval again", id);
            }
        }
    }

    /**
     * A published request as it is; if its run died between the commit and the rename of the version
     * folder, the version is made visible first (under the run lock, as a settle would).
     */
    private Rerun visible(Rerun rerun, String user, Path data, Path out) {
        Period period = Period.parse(rerun.period());
        if (out == null || rerun.publishedVersion() == null
                || Files.isDirectory(VersionFolders.of(out, period).published(rerun.publishedVersion()))) {
            return rerun;
        }
        requireDone(supervised(settleRequest(period, data, out, false, user, "approval of rerun request " + rerun.id()
                + ": finish its publication"), () -> {
                    settler.finishInterrupted(out, period);
                    return ExitCode.DONE;
                }));
        return rerun;
    }

    private static RerunRefused undecidable(Rerun rerun) {
        return new RerunRefused(Kind.CONFLICT, "rerun request " + rerun.id() + " is " + rerun.state()
                + (rerun.decisionReason() == null ? "" : ": " + rerun.decisionReason()) + "; nothing published");
    }

    private String waits(Rerun rerun) {
        return "period " + rerun.period() + ": v" + rerun.previewVersion() + " waits for approval as rerun request "
                + rerun.id() + " (asked for by " + rerun.requestedBy() + ", preview " + rerun.previewFolder()
                + "): another user approves it with 'rerun approve --id " + rerun.id() + "' or in the console";
    }

    private static String shorten(String text) {
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
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
        return new RunRequest("settle", options, null, period.toString(), data, out, user, shorten(reason));
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
