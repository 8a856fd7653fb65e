package org.caresettle.batch.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.Period;

/**
 * Invoices and payment statements share one layout (SPEC 9: payments "same style"); they differ
 * only in whose statement it is. The owner's column comes first, the counterpart's fifth:
 * an invoice has {@code municipality_code ... provider_agb}, a payment
 * {@code provider_agb ... municipality_code}. A TOTAL line leaves the counterpart empty.
 */
public enum StatementKind {
    INVOICE("invoice_", "municipality_code", "provider_agb"),
    PAYMENT("payment_", "provider_agb", "municipality_code");

    public static final String LINE_TYPE = "line_type";
    public static final String AMOUNT_CENTS = "amount_cents";

    private final String filePrefix;
    private final String ownerColumn;
    private final List<String> columns;

    StatementKind(String filePrefix, String ownerColumn, String counterpartColumn) {
        this.filePrefix = filePrefix;
        this.ownerColumn = ownerColumn;
        this.columns = List.of(ownerColumn, "period", "version", LINE_TYPE, counterpartColumn, "law", "category",
                "code", "financing", "line_count", "volume", "unit", "withheld_cents", AMOUNT_CENTS, "amount_eur");
    }

    public List<String> columns() {
        return columns;
    }

    public String fileName(String owner) {
        return filePrefix + owner + ".csv";
    }

    /** The owner named by a file name of this kind, or {@code null} when the name is not of this kind. */
    public String ownerOf(String fileName) {
        return fileName.startsWith(filePrefix) && fileName.endsWith(".csv")
                ? fileName.substring(filePrefix.length(), fileName.length() - ".csv".length()) : null;
    }

    public List<String> cells(StatementLine line, Period period, int version) {
        StatementLineKey key = line.key();
        String municipality = key.municipality() == null ? null : key.municipality().value();
        String provider = key.provider() == null ? null : key.provider().value();
        List<String> cells = new ArrayList<>(Arrays.asList(
                this == INVOICE ? municipality : provider,
                period.toString(),
                Integer.toString(version),
                key.type().name(),
                this == INVOICE ? provider : municipality,
                key.law() == null ? null : key.law().name(),
                key.category(),
                key.code(),
                key.financing() == null ? null : key.financing().name(),
                Long.toString(line.lineCount()),
                line.volume() == null ? null : line.volume().toString(),
                key.unit() == null ? null : key.unit().code(),
                Long.toString(line.withheldCents()),
                Long.toString(line.amountCents()),
                Money.ofCents(line.amountCents()).toEuroString()));
        return cells;
    }

    /**
     * A row read back as the core's line. Period and version must be the folder's, the owner the
     * file's, and {@code amount_eur} must say what {@code amount_cents} says.
     */
    public StatementLine parse(StatementCsvReader.Row row, String owner, Period period, int version) {
        RowValues values = new RowValues(row, columns);
        values.expect(ownerColumn, owner);
        values.expect("period", period.toString());
        values.expect("version", Integer.toString(version));
        StatementLineKey key = values.key();
        long amount = values.cents(AMOUNT_CENTS);
        values.checkEuros("amount_eur", amount);
        return new StatementLine(key, values.cents("line_count"), values.optionalLong("volume"),
                values.cents("withheld_cents"), amount);
    }
}
