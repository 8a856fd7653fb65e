package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.explain.Explanation;
import org.caresettle.batch.explain.ExplanationText;
import org.caresettle.batch.explain.InvoiceComparisons;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.ValueFormatException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code explain --out DIR --period YYYY-MM --municipality CODE}: why a municipality's invoice
 * differs from the previous period and from the previous version, printed on standard output.
 * It reads the database only; {@code --out} names where the invoice file is, which the text points
 * to. Exit 2 when the period or the municipality has no settled version, 1 when the components do
 * not add up to the difference of the totals (the stored statements would then be inconsistent).
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Why the municipality's invoice differs from the previous period and the previous version.")
final class ExplainCommand extends ContextCommand {

    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Option(names = "--municipality", required = true, paramLabel = "CODE", converter = MunicipalityConverter.class,
            description = "The municipality's 4-digit CBS code, e.g. 0405.")
    MunicipalityCode municipality;

    @Override
    RunRequest request() {
        return new RunRequest(name(), Map.of("out", out.path.toString(), "period", period.period.toString(),
                "municipality", municipality.toString()), null, period.period.toString(), null, out.path);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) {
        Explanation explanation = context.getBean(InvoiceComparisons.class).explain(out.path, period.period,
                municipality);
        log.print(ExplanationText.of(explanation));
        return explanation.addsUp() ? ExitCode.DONE : ExitCode.FAILED;
    }

    static final class MunicipalityConverter implements ITypeConverter<MunicipalityCode> {
        @Override
        public MunicipalityCode convert(String text) {
            try {
                return MunicipalityCode.of(text);
            } catch (ValueFormatException e) {
                throw new TypeConversionException("must be a 4-digit municipality code: '" + text + "'");
            }
        }
    }
}
