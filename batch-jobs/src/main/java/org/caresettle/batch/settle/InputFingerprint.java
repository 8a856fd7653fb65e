package org.caresettle.batch.settle;

import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.jooq.impl.DSL.max;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.core.value.Period;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.springframework.stereotype.Component;

/**
 * What a settlement of period P is computed from, as one SHA-256 (SPEC 10): the accepted lines of
 * periods up to P (their content never changes after ingest, and lines are only ever added, so an
 * aggregate of their ids, D/C and the debits credits reverse stands for them: one query instead of
 * reading every line, see {@link AcceptedLineRepository#linkSummary}) and the reference load in
 * force of every file (a changed outcome, key, arrangement or budget is a new load). Equal
 * fingerprints mean the settlement would come out the same, so nothing is written.
 *
 * <p>Deliberately left out: {@code credited_by_line_id} of a debit (it changes when a credit of a
 * later period arrives, which does not change P; the credit's own link counts in its own period),
 * rejected lines (they are settled nowhere) and the pseudonym key (a new key alone is no new input).
 */
@Component
public class InputFingerprint {

    /** Bump when the fingerprint's content changes, so an old fingerprint can never match a new one. */
    private static final String FORMAT = "caresettle-settle-inputs-2";

    private final DSLContext dsl;
    private final AcceptedLineRepository lines;

    InputFingerprint(DSLContext dsl, AcceptedLineRepository lines) {
        this.dsl = dsl;
        this.lines = lines;
    }

    /** The fingerprint, with the reference loads it covers and the number of accepted lines it counts. */
    public record Inputs(String sha256, List<Long> loadIds, long lineCount) {
    }

    public Inputs of(Period period) {
        MessageDigest digest = Sha256.newDigest();
        update(digest, FORMAT + "\nperiod " + period + "\nlines\n");
        List<Long> summary = lines.linkSummary(period);
        update(digest, summary.stream().map(v -> v == null ? "-" : v.toString())
                .collect(Collectors.joining(" ")) + "\n");
        update(digest, "reference\n");
        List<Long> loadIds = new ArrayList<>();
        for (var load : loadsInForce()) {
            update(digest, load.value2() + " " + load.value1() + "\n");
            loadIds.add(load.value1());
        }
        return new Inputs(Sha256.hex(digest.digest()), List.copyOf(loadIds), summary.get(0));
    }

    /**
     * The latest load of every reference file, by file name: the loads {@code ReferenceDataRepository}
     * reads. Read in the same transaction, so the two agree.
     */
    private List<Record2<Long, String>> loadsInForce() {
        return dsl.select(max(REFERENCE_LOAD.LOAD_ID), REFERENCE_LOAD.FILE_NAME)
                .from(REFERENCE_LOAD)
                .groupBy(REFERENCE_LOAD.FILE_NAME)
                .fetch()
                .stream()
                // sorted here, not by the database: collations differ in where they put '_'
                .sorted(Comparator.comparing(Record2::value2))
                .toList();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
