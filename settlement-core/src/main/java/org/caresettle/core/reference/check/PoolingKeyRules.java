package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;

/**
 * {@code pooling_keys.csv}: formats, one row per region, year and municipality, known region and
 * municipality, and per region and year a share for exactly the municipalities of the region,
 * summing to exactly 1.
 *
 * <p>The per-group checks are left out where a broken row makes their answer a guess: the sum
 * of a group with an unreadable share or a repeated row, the missing members of a group with an
 * unreadable municipality, every group when some row's region or year cannot be read, and the
 * membership checks when municipalities.csv itself has a violation.
 */
final class PoolingKeyRules {

    private PoolingKeyRules() {
    }

    private record GroupKey(String region, int year) {
    }

    private static final class Group {
        final int firstLine;
        final Set<String> members = new HashSet<>();
        long sum;
        boolean sumUnknown;
        boolean membersUnknown;

        Group(int firstLine) {
            this.firstLine = firstLine;
        }
    }

    static List<PoolingKeyShare> check(ReferenceTable table, Violations violations,
            MunicipalityRules.Result municipalities) {
        TableRows read = TableRows.read(table, violations);
        boolean groupsReadable = read.complete();
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<PoolingKeyShare> shares = new ArrayList<>();
        for (CellReader row : read.rows()) {
            String region = row.identifier("region_code");
            Integer year = row.year("year");
            MunicipalityCode municipality = row.municipalityCode("municipality_code");
            Share share = row.share("share");
            if (region != null && municipalities.regions().isSurelyUnknown(region)) {
                row.fail("region_code", Rule.UNKNOWN_REGION,
                        "region " + region + " is the region of no municipality in municipalities.csv");
            }
            if (municipality != null && municipalities.codes().isSurelyUnknown(municipality.value())) {
                row.fail("municipality_code", Rule.UNKNOWN_MUNICIPALITY,
                        "municipality " + municipality + " is not in municipalities.csv");
            }
            if (region == null || year == null) {
                groupsReadable = false;
            } else {
                Group group = groups.computeIfAbsent(new GroupKey(region, year), k -> new Group(row.lineNumber()));
                String where = "region " + region + " " + year;
                if (municipality == null) {
                    group.membersUnknown = true;
                    group.sumUnknown = true;
                } else {
                    group.members.add(municipality.value());
                    Integer first = firstLine.putIfAbsent(region + "/" + year + "/" + municipality, row.lineNumber());
                    if (first != null) {
                        row.fail("municipality_code", Rule.UNIQUE_KEY, where + ": municipality " + municipality
                                + " has a share again (first on line " + first + ")");
                        group.sumUnknown = true;
                    }
                    checkMembership(row, where, region, municipality, municipalities);
                }
                if (share == null) {
                    group.sumUnknown = true;
                } else {
                    group.sum += share.millionths();
                }
            }
            if (row.ok()) {
                shares.add(new PoolingKeyShare(region, year, municipality, share));
            }
        }
        if (groupsReadable) {
            checkGroups(groups, violations, municipalities);
        }
        return shares;
    }

    private static void checkMembership(CellReader row, String where, String region, MunicipalityCode municipality,
            MunicipalityRules.Result municipalities) {
        if (!municipalities.clean()) {
            return;
        }
        String actual = municipalities.regionByCode().get(municipality.value());
        if (actual != null && !municipalities.regions().isSurelyUnknown(region) && !actual.equals(region)) {
            row.fail("municipality_code", Rule.POOLING_KEY_INCOMPLETE,
                    where + ": municipality " + municipality + " is in region " + actual + ", not " + region);
        }
    }

    private static void checkGroups(Map<GroupKey, Group> groups, Violations violations,
            MunicipalityRules.Result municipalities) {
        Map<String, SortedSet<String>> membersByRegion = new TreeMap<>();
        municipalities.regionByCode().forEach((code, region) ->
                membersByRegion.computeIfAbsent(region, r -> new TreeSet<>()).add(code));
        for (Map.Entry<GroupKey, Group> entry : groups.entrySet()) {
            GroupKey key = entry.getKey();
            Group group = entry.getValue();
            String where = "region " + key.region() + " " + key.year();
            if (!group.sumUnknown && group.sum != Share.ONE) {
                violations.add(ReferenceFile.POOLING_KEYS, group.firstLine, Rule.POOLING_KEY_SUM,
                        where + ": shares sum to " + decimal(group.sum) + ", not 1");
            }
            SortedSet<String> expected = membersByRegion.get(key.region());
            if (group.membersUnknown || !municipalities.clean() || expected == null) {
                continue;
            }
            for (String code : expected) {
                if (!group.members.contains(code)) {
                    violations.add(ReferenceFile.POOLING_KEYS, group.firstLine, Rule.POOLING_KEY_INCOMPLETE,
                            where + ": municipality " + code + " of the region has no share");
                }
            }
        }
    }

    /** Millionths as a decimal with six places, e.g. 999999 as {@code 0.999999}. */
    private static String decimal(long millionths) {
        return (millionths / Share.ONE) + "." + String.format("%06d", millionths % Share.ONE);
    }
}
