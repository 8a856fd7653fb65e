package org.caresettle.batch.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.files.AtomicFiles;

/**
 * {@code OUT/runs/<run-id>.json} (SPEC 9): a run's times, business date, command, counts,
 * outcome and exit status, and (issue 14, after the older fields, whose order stays) who asked for
 * it, why, and the versions and previews it wrote; written aside and renamed so a reader never
 * sees half a file. The
 * structure is flat and fixed, so a few lines of text writing do what a JSON library would.
 */
final class RunJson {

    private RunJson() {
    }

    /**
     * Writes the record as {@code runs/<run-id>.json}; never over another run's record (issue 12).
     * A run writes its record once, so a file of that name is another run's: one of a database
     * restored from a back-up, whose run numbers repeat. The record then goes beside it as
     * {@code <run-id>~2.json}, {@code ~3}, ..., as a resent answer does (SPEC 9).
     */
    static Path write(Path out, RunRecord run) throws IOException {
        Path runs = out.resolve("runs");
        byte[] text = document(run).getBytes(StandardCharsets.UTF_8);
        Path target = runs.resolve(run.runId() + ".json");
        for (int n = 2; !AtomicFiles.writeIfAbsent(target, stream -> stream.write(text)); n++) {
            target = runs.resolve(run.runId() + "~" + n + ".json");
        }
        return target;
    }

    static String document(RunRecord run) {
        return "{\n"
                + field("run_id", Long.toString(run.runId()))
                + field("command", string(run.command()))
                + field("arguments", string(run.arguments()))
                + field("business_date", string(run.businessDate() == null ? null : run.businessDate().toString()))
                + field("period", string(run.period()))
                + field("holder", string(run.holder().toString()))
                + field("started_at", string(run.startedAt() + "Z"))
                + field("ended_at", string(run.endedAt() + "Z"))
                + field("outcome", string(run.end().outcome()))
                + field("exit_status", Integer.toString(run.end().exitStatus()))
                + field("message", string(run.end().message()))
                + field("counts", run.countsJson())
                + field("requested_by", string(run.requestedBy()))
                + field("reason", string(run.reason()))
                + "  \"written\": " + (run.writtenJson() == null ? "null" : run.writtenJson()) + "\n}\n";
    }

    /** Counts per step, e.g. {@code {"ingest": {"files_ingested": 73, ...}}}, in insertion order. */
    static String counts(Map<String, Map<String, Long>> steps) {
        StringBuilder text = new StringBuilder("{");
        steps.forEach((step, counts) -> {
            text.append(text.length() > 1 ? ", " : "").append(string(step)).append(": {");
            int before = text.length();
            counts.forEach((name, value) -> text.append(text.length() > before ? ", " : "")
                    .append(string(name)).append(": ").append(value));
            text.append('}');
        });
        return text.append('}').toString();
    }

    /**
     * The versions and previews a run wrote (issue 14), e.g.
     * {@code {"versions": [{"period": "2026-08", "version": 2}], "previews": [{"period": ..., "version": ...,
     * "folder": "previews/2026-08/v3-..."}]}}, in the order they were written.
     */
    static String written(List<CurrentRun.Written> versions, List<CurrentRun.Written> previews) {
        return "{" + string("versions") + ": " + list(versions) + ", " + string("previews") + ": " + list(previews)
                + "}";
    }

    private static String list(List<CurrentRun.Written> written) {
        StringBuilder text = new StringBuilder("[");
        for (CurrentRun.Written one : written) {
            text.append(text.length() > 1 ? ", " : "").append('{').append(string("period")).append(": ")
                    .append(string(one.period())).append(", ").append(string("version")).append(": ")
                    .append(one.version());
            if (one.folder() != null) {
                text.append(", ").append(string("folder")).append(": ").append(string(one.folder()));
            }
            text.append('}');
        }
        return text.append(']').toString();
    }

    private static String field(String name, String value) {
        return "  " + string(name) + ": " + value + ",\n";
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
