package org.caresettle.batch.explain;

import java.io.PrintStream;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.ValueFormatException;
import org.springframework.stereotype.Component;

/**
 * {@code explain --out DIR --period YYYY-MM --municipality CODE}: why a municipality's invoice
 * differs from the previous period and from the previous version, printed on standard output.
 * It reads the database only; {@code --out} names where the invoice file is, which the text points
 * to. Exit 2 when the period or the municipality has no settled version, 1 when the components do
 * not add up to the difference of the totals (the stored statements would then be inconsistent).
 */
@Component
public class ExplainCommand implements SettlementCommand {

    public static final String MUNICIPALITY = "municipality";

    private final InvoiceComparisons comparisons;

    ExplainCommand(InvoiceComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) {
        Explanation explanation = comparisons.explain(invocation.outputDirectory(Commands.OUT), invocation.period(),
                municipality(invocation));
        out.print(ExplanationText.of(explanation));
        return explanation.addsUp() ? SettlementApplication.EXIT_DONE : SettlementApplication.EXIT_FAILED;
    }

    private static MunicipalityCode municipality(Invocation invocation) {
        String text = invocation.option(MUNICIPALITY);
        try {
            return MunicipalityCode.of(text);
        } catch (ValueFormatException e) {
            throw new UsageException("--municipality must be a 4-digit municipality code: '" + text + "'");
        }
    }
}
