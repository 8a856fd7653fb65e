package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.caresettle.core.settlement.SettlementInvariants.Invariant;
import org.junit.jupiter.api.Test;

/** Each invariant catches a statement that does not add up, and says which invariant broke. */
class SettlementInvariantsTest {

    private final Settlement march = settle(MARCH, reference(), linesUpToMarch());

    @Test
    void theWorkedExampleHoldsEveryInvariant() {
        SettlementInvariants.check(march);
        assertThat(SettlementInvariants.settledOnInvoices(march.invoices())).isEqualTo(849_401);
        SettlementInvariants.check(march.invoices(), march.payments(), SettlementInvariants.settledOnInvoices(march.invoices()));
    }

    @Test
    void aTotalThatIsNotTheSumOfItsLines() {
        List<Invoice> invoices = tamperInvoice(0, lines -> {
            StatementLine first = lines.get(0);
            lines.set(0, new StatementLine(first.key(), first.lineCount(), first.volume(), first.withheldCents(),
                    first.amountCents() + 1));
            return lines;
        });
        assertBroken(Invariant.TOTAL_IS_SUM_OF_LINES, () -> SettlementInvariants.check(invoices, march.payments(), 849_401));
    }

    @Test
    void aStatementWithoutTotal() {
        List<Invoice> invoices = tamperInvoice(1, lines -> new ArrayList<>(lines.subList(0, lines.size() - 1)));
        assertBroken(Invariant.TOTAL_IS_SUM_OF_LINES, () -> SettlementInvariants.check(invoices, march.payments(), 849_401));
    }

    @Test
    void invoicesThatDoNotAddUpToWhatWasSettled() {
        assertBroken(Invariant.INVOICES_ADD_UP_TO_SETTLED,
                () -> SettlementInvariants.check(march.invoices(), march.payments(), 849_400));
    }

    @Test
    void paymentsThatDoNotAddUpToWhatWasSettled() {
        List<PaymentStatement> payments = List.of(march.payments().get(0));
        assertBroken(Invariant.PAYMENTS_ADD_UP_TO_SETTLED,
                () -> SettlementInvariants.check(march.invoices(), payments, 849_401));
    }

    @Test
    void adjustmentsThatDoNotBalanceInARegion() {
        // Move 1 cent from one invoice's adjustment to its DIRECT line: totals still add up, the pool does not.
        List<Invoice> invoices = tamperInvoice(0, lines -> {
            StatementLine direct = lines.get(0);
            lines.set(0, new StatementLine(direct.key(), direct.lineCount(), direct.volume(), direct.withheldCents(),
                    direct.amountCents() + 1));
            int adjustment = lines.size() - 2;
            StatementLine pool = lines.get(adjustment);
            lines.set(adjustment, new StatementLine(pool.key(), 0, null, 0, pool.amountCents() - 1));
            return lines;
        });
        assertBroken(Invariant.ADJUSTMENTS_BALANCE_PER_REGION,
                () -> SettlementInvariants.check(invoices, march.payments(), 849_401));
    }

    @Test
    void correctionsThatDoNotMatchTheNewInvoices() {
        StatementLine total = march.invoices().get(0).total();
        List<Correction> wrong = List.of(new Correction(total.key(), Correction.Change.CHANGED, 0, total.amountCents() + 1));
        assertBroken(Invariant.CORRECTIONS_MATCH_INVOICES,
                () -> SettlementInvariants.checkCorrections(wrong, march.invoices()));
        List<Correction> vanishedButThere = List.of(new Correction(total.key(), Correction.Change.VANISHED, 5, 0));
        assertBroken(Invariant.CORRECTIONS_MATCH_INVOICES,
                () -> SettlementInvariants.checkCorrections(vanishedButThere, march.invoices()));
        SettlementInvariants.checkCorrections(
                List.of(new Correction(total.key(), Correction.Change.CHANGED, 0, total.amountCents())), march.invoices());
    }

    private List<Invoice> tamperInvoice(int index, UnaryOperator<List<StatementLine>> change) {
        List<Invoice> invoices = new ArrayList<>(march.invoices());
        Invoice invoice = invoices.get(index);
        invoices.set(index, new Invoice(invoice.municipality(), invoice.regionCode(), invoice.period(), invoice.version(),
                change.apply(new ArrayList<>(invoice.lines()))));
        return invoices;
    }

    private static void assertBroken(Invariant invariant, org.assertj.core.api.ThrowableAssert.ThrowingCallable check) {
        assertThatThrownBy(check).isInstanceOf(SettlementInvariantException.class)
                .hasMessageContaining(invariant.name())
                .satisfies(e -> assertThat(((SettlementInvariantException) e).invariant()).isEqualTo(invariant));
    }
}
