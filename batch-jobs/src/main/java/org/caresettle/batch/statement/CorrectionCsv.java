package org.caresettle.batch.statement;

import java.util.Arrays;
import java.util.List;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.Period;

/**
 * {@code corrections.csv}, from version 2 on (SPEC 10): one row per invoice line whose amount moved
 * against the previous version, in invoice order. The line is named by the invoice's key columns;
 * {@code change} tells a CHANGED line from one that APPEARED or VANISHED (counted as 0 on the side
 * where it is missing). The manifest total is Σ difference_cents of the lines that are not TOTALs.
 */
public final class CorrectionCsv {

    public static final String FILE = "corrections.csv";
    public static final List<String> COLUMNS = List.of("municipality_code", "period", "version", "previous_version",
            "line_type", "provider_agb", "law", "category", "code", "financing", "unit", "change",
            "previous_amount_cents", "new_amount_cents", "difference_cents");

    private CorrectionCsv() {
    }

    public static List<String> cells(Correction correction, Period period, int version) {
        StatementLineKey key = correction.key();
        return Arrays.asList(
                key.municipality().value(),
                period.toString(),
                Integer.toString(version),
                Integer.toString(version - 1),
                key.type().name(),
                key.provider() == null ? null : key.provider().value(),
                key.law() == null ? null : key.law().name(),
                key.category(),
                key.code(),
                key.financing() == null ? null : key.financing().name(),
                key.unit() == null ? null : key.unit().code(),
                correction.change().name(),
                Long.toString(correction.previousCents()),
                Long.toString(correction.newCents()),
                Long.toString(correction.differenceCents()));
    }

    /** What a row adds to the manifest total. */
    public static long counted(Correction correction) {
        return correction.key().type() == LineType.TOTAL ? 0 : correction.differenceCents();
    }

    /** A row read back; the difference must be new − previous. */
    public static Correction parse(StatementCsvReader.Row row, Period period, int version) {
        RowValues values = new RowValues(row, COLUMNS);
        values.required("municipality_code");
        values.expect("period", period.toString());
        values.expect("version", Integer.toString(version));
        values.expect("previous_version", Integer.toString(version - 1));
        Correction correction = new Correction(values.key(),
                values.parse("change", values.required("change"), Correction.Change::valueOf),
                values.cents("previous_amount_cents"), values.cents("new_amount_cents"));
        if (correction.differenceCents() != values.cents("difference_cents")) {
            throw row.error("difference_cents " + values.cents("difference_cents") + " is not new − previous = "
                    + correction.differenceCents());
        }
        return correction;
    }
}
