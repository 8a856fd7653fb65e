package org.caresettle.batch.statement;

import java.util.List;

/**
 * {@code detail_<municipality>.csv}: every accepted declaration line of the period behind the
 * invoice's DIRECT lines, in the order the lines were received (inbox file, declaration, line).
 * A credit shows its debit's allocation, client, provider and product, as it is booked on them
 * (SPEC 7). {@code amount_cents}, {@code withheld_cents} and {@code cost_cents} carry the sign of
 * {@code dc} (a credit is negative) and {@code amount = withheld + cost}; Σ cost_cents is the
 * invoice's DIRECT amount. The client appears only as a pseudonym, a keyed hash of the BSN; the
 * BSN itself is never written. The manifest total is Σ cost_cents.
 */
public final class DetailCsv {

    public static final String PREFIX = "detail_";
    public static final List<String> COLUMNS = List.of("municipality_code", "period", "version", "inbox_file",
            "message_id", "reference", "previous_reference", "allocation_number", "client", "provider_agb", "law",
            "category", "code", "financing", "product_start", "product_end", "dc", "volume", "unit",
            "amount_cents", "withheld_cents", "cost_cents");

    private DetailCsv() {
    }

    public static String fileName(String municipality) {
        return PREFIX + municipality + ".csv";
    }

    public static String ownerOf(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(".csv")
                ? fileName.substring(PREFIX.length(), fileName.length() - ".csv".length()) : null;
    }
}
