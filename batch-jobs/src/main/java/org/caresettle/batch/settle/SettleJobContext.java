package org.caresettle.batch.settle;

import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.value.Period;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the steps of one settle hand on in the job execution context, the one place a later step
 * finds it: the check's findings (version to settle, input fingerprint, notes), read by the
 * partitioner and the merge, and the outcome so far, read by {@code publishStep} and
 * {@link SettleRunner}. Each value is stored as its own JDK type (the job repository's default
 * serializer reads back no other classes) and written and read only here.
 */
final class SettleJobContext {

    private static final String VERSION = "settle.version";
    private static final String INPUT_SHA256 = "settle.inputSha256";
    private static final String LOAD_IDS = "settle.loadIds";
    private static final String LINE_COUNT = "settle.lineCount";
    private static final String NOTES = "settle.notes";
    private static final String OUTCOME_VERSION = "settle.outcome.version";
    private static final String WRITTEN = "settle.outcome.written";
    private static final String MESSAGE = "settle.outcome.message";
    private static final String LINES_SETTLED = "settle.outcome.linesSettled";
    private static final String MUNICIPALITIES = "settle.outcome.municipalities";
    private static final String FOLDER = "settle.outcome.folder";

    private SettleJobContext() {
    }

    /** The check's findings, and its outcome (nothing written) in case the job ends with the check. */
    static void putCheck(ExecutionContext context, Period period, PeriodSettler.Check check) {
        context.putInt(VERSION, check.version());
        context.putString(INPUT_SHA256, check.inputs().sha256());
        context.put(LOAD_IDS, new ArrayList<>(check.inputs().loadIds()));
        context.putLong(LINE_COUNT, check.inputs().lineCount());
        context.put(NOTES, new ArrayList<>(check.notes()));
        putOutcome(context, new SettleOutcome(period, check.version(), false, String.join("\n", check.notes())));
    }

    /** The version the check found to settle. */
    static int version(ExecutionContext context) {
        return context.getInt(VERSION);
    }

    static InputFingerprint.Inputs inputs(ExecutionContext context) {
        return new InputFingerprint.Inputs(context.getString(INPUT_SHA256), list(context, LOAD_IDS, Long.class),
                context.getLong(LINE_COUNT));
    }

    static List<String> notes(ExecutionContext context) {
        return list(context, NOTES, String.class);
    }

    static void putOutcome(ExecutionContext context, SettleOutcome outcome) {
        context.putInt(OUTCOME_VERSION, outcome.version());
        context.put(WRITTEN, outcome.written());
        context.putString(MESSAGE, outcome.message());
        context.putLong(LINES_SETTLED, outcome.linesSettled());
        context.putInt(MUNICIPALITIES, outcome.municipalities());
        if (outcome.folder() != null) {
            context.putString(FOLDER, outcome.folder());
        } else {
            context.remove(FOLDER);
        }
    }

    static SettleOutcome outcome(ExecutionContext context, Period period) {
        return new SettleOutcome(period, context.getInt(OUTCOME_VERSION), context.get(WRITTEN, Boolean.class),
                context.getString(MESSAGE), context.getLong(LINES_SETTLED, 0L), context.getInt(MUNICIPALITIES, 0),
                context.containsKey(FOLDER) ? context.getString(FOLDER) : null);
    }

    private static <T> List<T> list(ExecutionContext context, String key, Class<T> type) {
        List<?> values = context.get(key, List.class);
        return values.stream().map(type::cast).toList();
    }
}
