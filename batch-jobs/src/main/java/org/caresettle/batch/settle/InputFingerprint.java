package org.caresettle.batch.settle;

import static org.caresettle.schema.jooq.Tables.ARRANGEMENT;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.OUTCOME;
import static org.caresettle.schema.jooq.Tables.POOLING_KEY;
import static org.caresettle.schema.jooq.Tables.PRODUCT;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.value.Period;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * What a settlement of period P is computed from, as one SHA-256 (SPEC 10), and nothing else: equal
 * fingerprints mean the statements would come out the same, so nothing is written. It covers
 * <ul>
 * <li>the accepted lines of P (their content never changes after ingest and lines are only ever
 *     added, so an aggregate of their ids, D/C and the debits credits reverse stands for them: one
 *     query instead of reading every line);</li>
 * <li>of earlier periods, only the lines of release groups whose outcome is known by P's last day,
 *     the only way they reach P (see {@link AcceptedLineRepository#releasingSummary});</li>
 * <li>the content of the reference rows settling reads, not load numbers: municipalities with their
 *     region, products with their pooled flag, every arrangement, the pooling keys of P's year and the
 *     outcomes reported by P's last day.</li>
 * </ul>
 * Not covered, because no statement shows them: providers (names are printed nowhere), budgets and
 * allocations (read by the ingest and the risk report only), municipality names, product
 * descriptions; nor rejected lines, a debit's {@code credited_by_line_id} (a credit of a later period
 * does not change P) and the pseudonym key (a new key alone is no new input). Should the fingerprint
 * still change while the statements do not, {@link PeriodSettler} compares the statements themselves
 * and writes nothing.
 */
@Component
public class InputFingerprint {

    /** Bump when the fingerprint's content changes, so an old fingerprint can never match a new one. */
    private static final String FORMAT = "caresettle-settle-inputs-3";

    private final DSLContext dsl;
    private final AcceptedLineRepository lines;

    InputFingerprint(DSLContext dsl, AcceptedLineRepository lines) {
        this.dsl = dsl;
        this.lines = lines;
    }

    /**
     * The fingerprint, with the reference loads in force (stored with a new version as the loads it
     * used) and the number of accepted lines of periods up to P (what the parts must read together).
     */
    public record Inputs(String sha256, List<Long> loadIds, long lineCount) {
    }

    public Inputs of(Period period) {
        Map<String, Long> loads = loadsInForce();
        MessageDigest digest = Sha256.newDigest();
        update(digest, FORMAT + "\nperiod " + period + "\n");
        update(digest, "lines of the period " + joined(lines.periodSummary(period)) + "\n");
        long outcomes = loadOf(loads, ReferenceFile.OUTCOMES);
        update(digest, "releasing lines before " + joined(lines.releasingSummary(period, outcomes)) + "\n");
        rows(digest, loadOf(loads, ReferenceFile.MUNICIPALITIES), MUNICIPALITY, MUNICIPALITY.LOAD_ID,
                List.of(MUNICIPALITY.MUNICIPALITY_CODE, MUNICIPALITY.REGION_CODE), null);
        rows(digest, loadOf(loads, ReferenceFile.PRODUCTS), PRODUCT, PRODUCT.LOAD_ID,
                List.of(PRODUCT.LAW, PRODUCT.CATEGORY, PRODUCT.CODE, PRODUCT.POOLED), null);
        rows(digest, loadOf(loads, ReferenceFile.ARRANGEMENTS), ARRANGEMENT, ARRANGEMENT.LOAD_ID,
                List.of(ARRANGEMENT.ARRANGEMENT_ID, ARRANGEMENT.PROVIDER_AGB, ARRANGEMENT.REGION_CODE, ARRANGEMENT.LAW,
                        ARRANGEMENT.CATEGORY, ARRANGEMENT.CODE, ARRANGEMENT.FINANCING, ARRANGEMENT.UNIT,
                        ARRANGEMENT.TARIFF_CENTS, ARRANGEMENT.VALID_FROM, ARRANGEMENT.VALID_TO, ARRANGEMENT.WITHHOLD_BP,
                        ARRANGEMENT.PARTIAL_RELEASE_BP, ARRANGEMENT.ANNUAL_AMOUNT_CENTS), null);
        rows(digest, loadOf(loads, ReferenceFile.POOLING_KEYS), POOLING_KEY, POOLING_KEY.LOAD_ID,
                List.of(POOLING_KEY.REGION_CODE, POOLING_KEY.KEY_YEAR, POOLING_KEY.MUNICIPALITY_CODE,
                        POOLING_KEY.SHARE_MILLIONTHS), POOLING_KEY.KEY_YEAR.eq(period.year()));
        rows(digest, outcomes, OUTCOME, OUTCOME.LOAD_ID,
                List.of(OUTCOME.MUNICIPALITY_CODE, OUTCOME.ALLOCATION_NUMBER, OUTCOME.REPORTED_ON, OUTCOME.OUTCOME_),
                OUTCOME.REPORTED_ON.le(period.lastDay()));
        return new Inputs(Sha256.hex(digest.digest()), List.copyOf(loads.values()), lines.countUpTo(period));
    }

    /**
     * The chosen columns of a reference table's rows in the load in force (and {@code only}, when
     * given), one line each, sorted here rather than by the database, whose collations differ in
     * where they put '_'. A file loaded again with the same content, or with changes in other
     * columns, gives the same text.
     */
    private void rows(MessageDigest digest, long loadId, Table<?> table, Field<Long> load, List<Field<?>> columns,
            Condition only) {
        List<String> rows = dsl.select(columns).from(table)
                .where(load.eq(loadId).and(only == null ? DSL.noCondition() : only))
                .fetch(InputFingerprint::line);
        update(digest, table.getName() + " " + rows.size() + "\n");
        rows.stream().sorted().forEach(row -> update(digest, row + "\n"));
    }

    /** One row's values separated by a unit separator; an empty value is distinct from an empty text. */
    private static String line(Record row) {
        List<String> values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object value = row.get(i);
            values.add(value == null ? "\u0000" : value.toString());
        }
        return String.join("\u001f", values);
    }

    /**
     * The latest load of every reference file, by file name: the loads {@code ReferenceDataRepository}
     * reads. Read in the same transaction, so the two agree.
     */
    private Map<String, Long> loadsInForce() {
        Map<String, Long> loads = new TreeMap<>();
        dsl.select(DSL.max(REFERENCE_LOAD.LOAD_ID), REFERENCE_LOAD.FILE_NAME)
                .from(REFERENCE_LOAD)
                .groupBy(REFERENCE_LOAD.FILE_NAME)
                .forEach(load -> loads.put(load.value2(), load.value1()));
        return loads;
    }

    /** The load in force of a file; -1 (no rows) when the file was never loaded. */
    private static long loadOf(Map<String, Long> loads, ReferenceFile file) {
        return loads.getOrDefault(file.fileName(), -1L);
    }

    private static String joined(List<Long> summary) {
        return summary.stream().map(v -> v == null ? "-" : v.toString()).collect(Collectors.joining(" "));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
