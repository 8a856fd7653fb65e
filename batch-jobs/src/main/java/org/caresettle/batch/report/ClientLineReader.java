package org.caresettle.batch.report;

import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.batch.settle.AcceptedLineRepository;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.settlement.LinePricer;
import org.caresettle.core.settlement.UnpriceableLineException;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Streams the accepted client lines of P − 12 months to P, prices each with the core's {@link LinePricer}
 * (the same rule the invoices use, so a RESULT line counts with its withheld part taken off) and adds it
 * to the {@link ClientFigures}. Pricing per line rather than summing in SQL because the withheld part is
 * rounded per line and the arrangement is found by the rule of 0611; doing either again in SQL would be
 * a second copy of the core's rules. The lines come through the same cursor as the detail files, which
 * hands out the client as a pseudonym: the BSN does not leave the repository.
 */
@Component
class ClientLineReader {

    private static final int MONTHS_BACK = 12;

    private final AcceptedLineRepository lines;
    private final ClientPseudonyms pseudonyms;

    ClientLineReader(AcceptedLineRepository lines, ClientPseudonyms pseudonyms) {
        this.lines = lines;
        this.pseudonyms = pseudonyms;
    }

    ClientFigures read(Period period, ReferenceData reference) {
        LinePricer pricer = new LinePricer(reference);
        ClientFigures figures = new ClientFigures();
        Period yearEarlier = new Period(period.month().minusMonths(MONTHS_BACK));
        for (Period month = yearEarlier; month.compareTo(period) <= 0; month = month.next()) {
            Period current = month;
            lines.forEachDetailLine(month, pseudonyms, detail -> {
                AcceptedLine line = detail.line();
                long cost = cost(pricer, line);
                if (current.equals(yearEarlier)) {
                    figures.addYearEarlier(line.municipality(), line.product().law(), detail.client(), cost);
                    return;
                }
                figures.addTwelveMonths(line.municipality(), detail.client(), cost);
                if (current.equals(period)) {
                    String region = reference.regionOf(line.municipality()).orElse("");
                    figures.addPeriod(line.municipality(), region, line.provider(), line.product(), detail.client(),
                            cost);
                }
            });
        }
        return figures;
    }

    /**
     * The line's cost as the invoice counts it. A line the reference in force no longer prices (an
     * arrangement was withdrawn after it was settled) counts at its declared amount: a report about a
     * year of lines should not stop over one old line, and the settlement refuses such lines of P anyway.
     */
    private static long cost(LinePricer pricer, AcceptedLine line) {
        try {
            return pricer.price(line).costCents();
        } catch (UnpriceableLineException e) {
            return line.dc().sign() * line.amountCents();
        }
    }
}
