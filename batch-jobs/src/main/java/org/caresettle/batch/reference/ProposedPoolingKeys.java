package org.caresettle.batch.reference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.check.ReferenceCheckResult;
import org.caresettle.core.reference.check.ReferenceChecker;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceRow;
import org.caresettle.core.reference.check.ReferenceTable;
import org.caresettle.core.reference.check.ReferenceViolation;
import org.springframework.stereotype.Component;

/**
 * A proposed pooling key of a what-if (issue 14): a file in the form of {@code pooling_keys.csv},
 * read by the reference reader and checked by the core's reference rules (SPEC 3) against the
 * municipalities in force, as {@link ReferenceLoader} checks the reference file itself. Nothing of
 * it is stored. A file that breaks a rule is refused (exit 2) with every violation: file, line, rule.
 */
@Component
public class ProposedPoolingKeys {

    private static final int VIOLATIONS_SHOWN = 50;

    private final ReferenceFileReader reader = new ReferenceFileReader();
    private final ReferenceDataRepository references;

    ProposedPoolingKeys(ReferenceDataRepository references) {
        this.references = references;
    }

    /** The checked shares of the file; refused when a rule fails. */
    public List<PoolingKeyShare> read(Path file) {
        ReferenceFileContent content = reader.readFile(file, ReferenceFile.POOLING_KEYS);
        if (!content.present()) {
            throw new RefusedException(file + ": no such file");
        }
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        tables.put(ReferenceFile.MUNICIPALITIES, municipalitiesInForce());
        tables.put(ReferenceFile.POOLING_KEYS, content.table());
        ReferenceCheckResult result = ReferenceChecker.check(tables);
        if (!result.isAccepted()) {
            throw new RefusedException(describe(file, result.violations()));
        }
        return result.data().poolingKeys();
    }

    /** The municipalities of the load in force as the rows of a municipalities.csv: checked already. */
    private ReferenceTable municipalitiesInForce() {
        List<ReferenceRow> rows = new ArrayList<>();
        for (Municipality municipality : references.withoutAllocations().municipalities()) {
            rows.add(new ReferenceRow(rows.size() + 2,
                    List.of(municipality.code().value(), municipality.name(), municipality.regionCode())));
        }
        return new ReferenceTable(ReferenceFile.MUNICIPALITIES, List.of("municipality_code", "name", "region_code"),
                rows);
    }

    private static String describe(Path file, List<ReferenceViolation> violations) {
        String shown = violations.stream().limit(VIOLATIONS_SHOWN)
                .map(v -> (v.fileName().equals(ReferenceFile.POOLING_KEYS.fileName()) ? file.toString()
                        : "reference/" + v.fileName() + " (in force)") + ":" + v.lineNumber() + ": " + v.rule() + ": "
                        + v.message())
                .collect(Collectors.joining("\n"));
        String more = violations.size() > VIOLATIONS_SHOWN
                ? "\n... and " + (violations.size() - VIOLATIONS_SHOWN) + " more" : "";
        return "pooling key " + file + " not used (" + violations.size() + " violation"
                + (violations.size() == 1 ? "" : "s") + " of the pooling_keys.csv rules; nothing settled):\n" + shown
                + more;
    }
}
