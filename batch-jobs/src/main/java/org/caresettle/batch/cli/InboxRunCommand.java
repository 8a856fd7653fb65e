package org.caresettle.batch.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.run.RunRequest;
import picocli.CommandLine.Mixin;

/**
 * What {@code ingest} and {@code nightly} share: they take the inbox of {@code --data} into the
 * database and {@code --out} as of a business date, possibly on worker processes, so they have the
 * same options, the same checks and the same run record.
 */
abstract class InboxRunCommand extends ContextCommand {

    @Mixin
    DataFolder data;
    @Mixin
    OutFolder out;
    @Mixin
    AsOfOption asOf;
    @Mixin
    DistributedOption distributed;
    @Mixin
    ReasonOption reason;

    @Override
    void check() {
        requireFolder("--data", data.path);
    }

    @Override
    RunRequest request() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("data", data.path.toString());
        options.put("out", out.path.toString());
        if (asOf.date != null) {
            options.put("as-of", asOf.date.toString());
        }
        return new RunRequest(name(), options, asOf.date, null, data.path, out.path);
    }

    @Override
    List<String> commandProperties() {
        return distributed.springProperties();
    }
}
