package org.caresettle.batch.rerun;

import java.nio.file.Path;
import org.caresettle.batch.settle.SettleOutcome;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.batch.settle.SettlementVersionRepository;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * How {@code settle} and {@code nightly} publish a period's next version, as {@link PublishSetting} says
 * (issue 14): at once ({@code auto}, exactly as before), or, with {@code approval}, by leaving a rerun
 * request with its preview that waits for a second person ({@link Reruns#awaitApproval}). Runs inside a
 * run that holds the run lock.
 */
@Service
public class PeriodPublisher {

    private final PublishSetting setting;
    private final SettleRunner settle;
    private final Reruns reruns;
    private final SettlementVersionRepository versions;

    PeriodPublisher(PublishSetting setting, SettleRunner settle, Reruns reruns, SettlementVersionRepository versions) {
        this.setting = setting;
        this.settle = settle;
        this.reruns = reruns;
        this.versions = versions;
    }

    /**
     * What a publication did: what to print, whether the period has a published version now (what a
     * report needs; under approval the first version of a period may still wait), and whether this call
     * published a new one (whose reports the publication itself refreshed).
     */
    public record Outcome(String message, boolean hasVersion, boolean published) {
    }

    /**
     * Settles {@code period} into {@code out}; under approval the request is asked for by {@code user} for
     * {@code reason}, or for {@code generatedReason} when none was given.
     */
    public Outcome publish(Path out, Period period, String user, String reason, String generatedReason)
            throws Exception {
        if (!setting.approval()) {
            SettleOutcome outcome = settle.settle(out, period);
            return new Outcome(outcome.message(), true, outcome.written());
        }
        String why = reason == null || reason.isBlank() ? generatedReason : reason;
        String message = reruns.awaitApproval(period, user, why, out);
        return new Outcome(message, versions.latest(period).isPresent(), false);
    }
}
