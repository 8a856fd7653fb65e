package org.caresettle.batch.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caresettle.core.explain.Component;
import org.caresettle.core.explain.Effect;
import org.caresettle.core.explain.InvoiceDifference;
import org.caresettle.core.explain.LineDifference;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.Period;

/**
 * The explanation as plain text for finance staff. ASCII only, so that it reads the same in any
 * terminal and mail. Declaration lines appear by period, reference, file and message; a client never
 * appears, and neither does the allocation number (up to 9 digits, it could be taken for a BSN).
 */
public final class ExplanationText {

    private static final String INDENT = "    ";
    private static final String DETAIL = INDENT + "         ";

    private ExplanationText() {
    }

    public static String of(Explanation explanation) {
        List<String> text = new ArrayList<>();
        text.add("Invoice of municipality " + explanation.municipality()
                + explanation.name().map(name -> " " + name).orElse("") + " for " + explanation.current().period()
                + ", version " + explanation.current().number() + " (" + explanation.invoiceFile()
                + (explanation.invoiceFileFound() ? "" : ", not found under --out") + ")");
        text.add("");
        Period previousPeriod = explanation.current().period().previous();
        text.add(explanation.againstPreviousPeriod().map(c -> c.previous().period()).filter(p -> !p.equals(previousPeriod))
                .map(p -> "(a) against the period " + p).orElse("(a) against the previous period"));
        explanation.againstPreviousPeriod().ifPresentOrElse(c -> comparison(text, c), () -> text.add(INDENT
                + previousPeriod + " has no settled version: nothing to compare with"));
        explanation.againstPreviousVersion().ifPresent(c -> {
            text.add("");
            text.add(c.previous().number() == explanation.current().number() - 1 ? "(b) against the previous version"
                    : "(b) against version " + c.previous().number());
            comparison(text, c);
        });
        return text.stream().map(line -> line + "\n").collect(Collectors.joining());
    }

    private static void comparison(List<String> text, Comparison comparison) {
        InvoiceDifference difference = comparison.difference();
        text.add(INDENT + comparison.previous() + " -> " + comparison.current()
                + (comparison.previousHadInvoice() ? "" : " (no invoice for the municipality in " + comparison.previous() + ")"));
        text.add(INDENT + "total " + comparison.previous() + ": " + euros(difference.previousTotalCents()));
        text.add(INDENT + "total " + comparison.current() + ": " + euros(difference.newTotalCents()));
        text.add(INDENT + "difference: " + signed(difference.differenceCents()));
        text.add("");
        if (difference.lines().isEmpty()) {
            text.add(INDENT + "no invoice line changed");
        }
        for (LineDifference line : difference.lines()) {
            line(text, line, comparison);
        }
        text.add("");
        text.add(INDENT + check(difference));
    }

    private static void line(List<String> text, LineDifference line, Comparison comparison) {
        text.add(INDENT + String.format("%9s", signed(line.differenceCents())) + "  " + label(line.key()));
        String amounts = "amount " + euros(line.previousCents()) + " -> " + euros(line.newCents());
        if (line.key().type() == LineType.DIRECT) {
            amounts += ", volume " + line.previousVolume() + " -> " + line.newVolume();
        }
        text.add(DETAIL + amounts);
        text.add(DETAIL + line.effects().stream().map(ExplanationText::effect).collect(Collectors.joining(", ")));
        if (line.key().type() == LineType.DIRECT) {
            LinesBehind behind = comparison.linesBehind(LineGroup.of(line.key()));
            text.add(DETAIL + "declaration lines: " + behind.count() + (behind.count() == 0 ? "" : ", latest first"));
            behind.shown().forEach(ref -> text.add(DETAIL + "  " + reference(ref)));
            if (behind.notShown() > 0) {
                text.add(DETAIL + "  and " + behind.notShown() + " more");
            }
        }
    }

    /** The invoice line's key columns that apply, in the order of the invoice file. */
    private static String label(StatementLineKey key) {
        return Stream.of(key.type().name(),
                        key.provider() == null ? null : key.provider().value(),
                        key.law() == null ? null : key.law().name(),
                        key.category(), key.code(),
                        key.financing() == null ? null : key.financing().name(),
                        key.unit() == null ? null : "unit " + key.unit().code())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static String reference(DeclarationLineRef ref) {
        long sign = ref.dc() == DebitCredit.C ? -1 : 1;
        return ref.period() + " " + ref.reference() + " " + ref.dc()
                + (ref.previousReference() == null ? "" : " (credits " + ref.previousReference() + ")")
                + " volume " + sign * ref.volume() + " amount " + euros(sign * ref.amountCents())
                + ", file " + ref.fileName() + ", message " + ref.messageId();
    }

    private static String check(InvoiceDifference difference) {
        String parts = Stream.of(Component.values())
                .map(component -> name(component) + " " + signed(difference.componentCents(component)))
                .collect(Collectors.joining(" + "));
        String sum = parts + " = " + signed(difference.explainedCents());
        return difference.addsUp()
                ? "check: " + sum + " = difference " + signed(difference.differenceCents()) + ": adds up"
                : "check: " + sum + ", but the totals differ by " + signed(difference.differenceCents())
                        + ": DOES NOT ADD UP";
    }

    private static String effect(Effect effect) {
        return name(effect.component()) + " " + signed(effect.cents());
    }

    private static String name(Component component) {
        return component == Component.RELEASE ? "releases" : component.name().toLowerCase(Locale.ROOT);
    }

    private static String euros(long cents) {
        return Money.ofCents(cents).toEuroString();
    }

    private static String signed(long cents) {
        return (cents > 0 ? "+" : "") + euros(cents);
    }
}
