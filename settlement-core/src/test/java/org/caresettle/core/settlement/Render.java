package org.caresettle.core.settlement;

import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.MunicipalityCode;

/** Statement lines as one compact text each, so that a test can read like the statement it checks. */
final class Render {

    private Render() {
    }

    static String line(StatementLine line) {
        StatementLineKey key = line.key();
        return String.join(" ", key.type().name(),
                text(key.municipality()), text(key.provider()),
                text(key.law()) + "/" + text(key.category()) + "/" + text(key.code()),
                text(key.financing()), text(key.unit() == null ? null : key.unit().code()),
                "n=" + line.lineCount(), "v=" + text(line.volume()), "w=" + line.withheldCents(),
                "a=" + line.amountCents());
    }

    static List<String> invoice(Settlement settlement, MunicipalityCode municipality) {
        return settlement.invoices().stream().filter(i -> i.municipality().equals(municipality)).findFirst()
                .orElseThrow(() -> new AssertionError("no invoice for " + municipality))
                .lines().stream().map(Render::line).toList();
    }

    static List<String> payment(Settlement settlement, AgbCode provider) {
        return settlement.payments().stream().filter(p -> p.provider().equals(provider)).findFirst()
                .orElseThrow(() -> new AssertionError("no payment for " + provider))
                .lines().stream().map(Render::line).toList();
    }

    static long total(Settlement settlement, MunicipalityCode municipality) {
        return settlement.invoices().stream().filter(i -> i.municipality().equals(municipality)).findFirst()
                .orElseThrow().total().amountCents();
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }
}
