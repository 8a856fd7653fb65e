package org.caresettle.core.reference.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.ReferenceData;

/**
 * Checks the reference files of SPEC section 3 as a whole and builds the {@link ReferenceData}
 * from them, or reports every violation found, sorted by file (in {@link ReferenceFile} load
 * order) and line. The caller refuses every file with a violation; this class only decides.
 *
 * <p>Rules, by stable id (the line is that of the offending row; header problems are line 1):
 * <ul>
 * <li>{@code HEADER}: the header holds exactly the file's column names, in any order, each once.
 *     The rows of such a file are not read.</li>
 * <li>{@code FORMAT:<column>}: a required cell is empty or a cell is malformed. Municipality code
 *     4 digits; AGB code 8 digits; law {@code JW}/{@code WMO}; category 2 letters or digits; product
 *     code 1–5 letters or digits, empty allowed only in arrangements and allocations; dates strict
 *     {@code YYYY-MM-DD}; tariffs, amounts, budgets and volumes whole non-negative numbers (at most
 *     18 digits); {@code pooled} {@code true}/{@code false}; financing, status and outcome their enum
 *     names; unit and frequency their code lists; share at most 6 decimals in [0, 1]; basis points
 *     0–10000; year 4 digits; allocation number 1–9 digits (the iJw limit); region code and
 *     arrangement id 1–40 of letters, digits, {@code - _ .}; names 1–200 characters; product
 *     description optional, at most 400 characters. Optional: product and allocation code,
 *     {@code valid_to}, {@code end_date}, {@code budget_cents}, and the financing-dependent columns
 *     of arrangements (see {@code FINANCING_UNIT}). {@code FORMAT:row}: a row whose cell count
 *     differs from the header's.</li>
 * <li>{@code UNIQUE_KEY}: natural keys are unique: municipality_code; agb_code; (law, category,
 *     code); arrangement_id; (municipality_code, allocation_number); (region_code, year,
 *     municipality_code); (municipality_code, year, law). Reported on the repeating row.</li>
 * <li>{@code OUTCOME_UNIQUE}: at most one outcome per allocation (municipality_code, allocation_number).</li>
 * <li>{@code POOLED_ONLY_JW}: only a JW product may be pooled.</li>
 * <li>{@code ARRANGEMENT_OVERLAP}: two arrangements of one provider, region, law, category and code
 *     (an empty code is a product of its own) are valid on a common day ({@code valid_to} empty =
 *     open, both ends inclusive). Reported on the one that starts later.</li>
 * <li>{@code POOLING_KEY_INCOMPLETE}: per region and year, a municipality of the region without a
 *     row (reported on the group's first line), or a row for a municipality of another region.</li>
 * <li>{@code POOLING_KEY_SUM}: per region and year the shares do not sum to exactly 1 (reported
 *     on the group's first line).</li>
 * <li>{@code FINANCING_UNIT}: PERFORMANCE needs unit 01, 04, 14, 16 or 84 and a tariff; RESULT unit
 *     82 or 83, and a tariff for 82; AVAILABILITY an annual amount and no tariff (its unit may be
 *     empty). Non-zero {@code withhold_bp}/{@code partial_release_bp} only on RESULT (empty = 0);
 *     {@code annual_amount_cents} only on AVAILABILITY.</li>
 * <li>{@code END_BEFORE_START}: {@code valid_to} before {@code valid_from}, {@code end_date} before
 *     {@code start_date} (the same day is allowed).</li>
 * <li>{@code BSN_ELEVEN_PROOF}: an allocation's BSN fails the 11-proof (9 digits but not a BSN).</li>
 * <li>{@code UNKNOWN_MUNICIPALITY}: a municipality code in allocations, pooling keys, budgets or
 *     outcomes that is not in municipalities.csv.</li>
 * <li>{@code UNKNOWN_REGION}: an arrangement or pooling key region that no municipality has.</li>
 * <li>{@code UNKNOWN_PROVIDER}: an arrangement or allocation provider not in providers.csv.</li>
 * <li>{@code UNKNOWN_ALLOCATION}: an outcome for an allocation not in allocations.csv.</li>
 * </ul>
 *
 * <p>No follow-up errors: a cell with a violation is not used by any later check, and when a
 * referred-to file has a row that could not be read (bad header, wrong cell count, malformed
 * key) nothing is reported as unknown against it, since the missing key may be in that row.
 * Products used by arrangements and allocations need not be in products.csv (SPEC 7). Messages
 * name keys, dates and codes, never a BSN; a malformed cell holding 9 or more digits in a row
 * is not quoted, as it could be a BSN in the wrong column.
 */
public final class ReferenceChecker {

    private ReferenceChecker() {
    }

    /** Checks all files; a file absent from the map counts as empty, like a missing file. */
    public static ReferenceCheckResult check(Map<ReferenceFile, ReferenceTable> tables) {
        return check(tables, true);
    }

    /**
     * Only the violations, sorted as in {@link ReferenceCheckResult#violations()}: for a caller that
     * stores the files and does not need the reference data built in memory, whose allocations
     * alone would not fit a small heap at national scale (issue 6). The tables are read once.
     */
    public static List<ReferenceViolation> violations(Map<ReferenceFile, ReferenceTable> tables) {
        ReferenceCheckResult result = check(tables, false);
        return result.isAccepted() ? List.of() : result.violations();
    }

    private static ReferenceCheckResult check(Map<ReferenceFile, ReferenceTable> tables, boolean keepAllocations) {
        Map<ReferenceFile, ReferenceTable> all = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
            ReferenceTable table = tables.getOrDefault(file, ReferenceTable.empty(file));
            if (table.file() != file) {
                throw new IllegalArgumentException("table of " + table.file().fileName() + " given as " + file.fileName());
            }
            all.put(file, table);
        }
        Violations violations = new Violations();
        MunicipalityRules.Result municipalities = MunicipalityRules.check(all.get(ReferenceFile.MUNICIPALITIES), violations);
        ProviderRules.Result providers = ProviderRules.check(all.get(ReferenceFile.PROVIDERS), violations);
        List<ProductDefinition> products = ProductRules.check(all.get(ReferenceFile.PRODUCTS), violations);
        List<Arrangement> arrangements = ArrangementRules.check(all.get(ReferenceFile.ARRANGEMENTS), violations,
                providers.agbCodes(), municipalities.regions());
        AllocationRules.Result allocations = AllocationRules.check(all.get(ReferenceFile.ALLOCATIONS), violations,
                municipalities.codes(), providers.agbCodes(), keepAllocations);
        List<PoolingKeyShare> poolingKeys = PoolingKeyRules.check(all.get(ReferenceFile.POOLING_KEYS), violations,
                municipalities);
        List<Budget> budgets = BudgetRules.check(all.get(ReferenceFile.BUDGETS), violations, municipalities.codes());
        List<Outcome> outcomes = OutcomeRules.check(all.get(ReferenceFile.OUTCOMES), violations,
                municipalities.codes(), allocations.keys());
        if (!violations.isEmpty()) {
            return ReferenceCheckResult.refused(violations.sorted());
        }
        List<Allocation> allocationList = allocations.allocations();
        return ReferenceCheckResult.accepted(new ReferenceData(municipalities.municipalities(), providers.providers(),
                products, arrangements, allocationList, poolingKeys, budgets, outcomes));
    }
}
