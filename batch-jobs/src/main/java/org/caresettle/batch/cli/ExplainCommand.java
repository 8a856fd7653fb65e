package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.explain.Against;
import org.caresettle.batch.explain.Explanation;
import org.caresettle.batch.explain.ExplanationCsv;
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
 * {@code explain --out DIR --period YYYY-MM --municipality CODE [--version N] [--against VERSION|PERIOD] [--csv]}:
 * why a municipality's invoice differs from the previous period and from the previous version (or the
 * version or period {@code --against} names), printed on standard output as text, or as CSV rows with
 * {@code --csv}. The same use case as the console's explanation page. It reads the database only;
 * {@code --out} names where the invoice file is, which the text points to, and tells a copy of the
 * statements without their database apart from a period never settled. Exit 2 when the period, the
 * version or the municipality has no settled version, 1 when the components do not add up to the
 * difference of the totals (the stored statements would then be inconsistent).
 */
@Command(name = "explain",
        description = "Why the municipality's invoice differs from the previous period and the previous version.")
final class ExplainCommand extends ContextCommand {

    // Not the standard help options: this command's --version is a statement version, as for verify.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Option(names = "--municipality", required = true, paramLabel = "CODE", converter = MunicipalityConverter.class,
            description = "The municipality's 4-digit CBS code, e.g. 0405.")
    MunicipalityCode municipality;
    @Mixin
    StatementVersionOption version;
    @Option(names = "--against", paramLabel = "VERSION|PERIOD", converter = AgainstConverter.class,
            description = "Compare with this version of the period (2 or v2) instead of the previous version, "
                    + "or with this period's latest version (YYYY-MM) instead of the period before.")
    Against against = Against.DEFAULTS;
    @Option(names = "--csv", description = "Write the explanation as CSV rows (one per changed invoice line and a "
            + "TOTAL per comparison, in cents) instead of text.")
    boolean csv;

    @Override
    RunRequest request() {
        return new RunRequest(name(), Map.of("out", out.path.toString(), "period", period.period.toString(),
                "municipality", municipality.toString()), null, period.period.toString(), null, out.path);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) {
        Explanation explanation = context.getBean(InvoiceComparisons.class).explain(out.path, period.period,
                version.version(), against, municipality);
        log.print(csv ? ExplanationCsv.of(explanation) : ExplanationText.of(explanation));
        return explanation.addsUp() ? ExitCode.DONE : ExitCode.FAILED;
    }

    static final class AgainstConverter implements ITypeConverter<Against> {
        @Override
        public Against convert(String text) {
            try {
                return Against.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
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
