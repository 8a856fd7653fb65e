package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.settle.SettleRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code whatif --data DIR --out DIR --period YYYY-MM --pooling-key FILE} (issue 14): the period's
 * published version settled again under a proposed pooling key, by the settle job, and compared per
 * municipality in {@code OUT/whatif/<period>/<id>/comparison.csv}; nothing is stored or published.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Settle the period's published version again under a proposed pooling key, publish nothing, "
                + "and compare the invoice totals per municipality in OUT/whatif/<period>/<id>/comparison.csv.")
final class WhatIfCommand extends ContextCommand {

    @Mixin
    DataFolder data;
    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Mixin
    ReasonOption reason;

    @Option(names = "--pooling-key", required = true, paramLabel = "FILE",
            description = "The proposed key, in the form of pooling_keys.csv (checked by the same rules).")
    Path poolingKey;

    @Override
    void check() {
        requireFolder("--data", data.path);
        if (!Files.isRegularFile(poolingKey)) {
            throw new ParameterException(spec.commandLine(), "--pooling-key " + poolingKey + ": no such file");
        }
    }

    @Override
    RunRequest request() {
        RunRequest request = SettleCommand.periodRequest(name(), data, out, period);
        Map<String, String> options = new HashMap<>(request.options());
        options.put("pooling-key", poolingKey.toString());
        return new RunRequest(request.command(), options, request.asOf(), request.period(), request.data(),
                request.out());
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        log.println(context.getBean(SettleRunner.class).whatIf(out.path, period.period, poolingKey).message());
        return ExitCode.DONE;
    }
}
