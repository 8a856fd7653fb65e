package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.value.MunicipalityCode;

/** {@code municipalities.csv}: formats and a unique municipality code (so one region each). */
final class MunicipalityRules {

    private MunicipalityRules() {
    }

    /**
     * @param codes        the municipality codes the other files may use
     * @param regions      the region codes the other files may use
     * @param regionByCode the region of each municipality, as first listed
     * @param clean        true when the file has no violation, so region membership is certain
     */
    record Result(List<Municipality> municipalities, KnownKeys codes, KnownKeys regions,
            Map<String, String> regionByCode, boolean clean) {
    }

    static Result check(ReferenceTable table, Violations violations) {
        int before = violations.count(ReferenceFile.MUNICIPALITIES);
        TableRows read = TableRows.read(table, violations);
        KnownKeys codes = new KnownKeys();
        KnownKeys regions = new KnownKeys();
        if (!read.complete()) {
            codes.markIncomplete();
            regions.markIncomplete();
        }
        Map<String, String> regionByCode = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Municipality> municipalities = new ArrayList<>();
        for (CellReader row : read.rows()) {
            MunicipalityCode code = row.municipalityCode("municipality_code");
            String name = row.name("name");
            String region = row.identifier("region_code");
            if (code == null) {
                codes.markIncomplete();
            } else {
                codes.add(code.value());
            }
            if (region == null) {
                regions.markIncomplete();
            } else {
                regions.add(region);
            }
            if (code != null) {
                Integer first = firstLine.putIfAbsent(code.value(), row.lineNumber());
                if (first != null) {
                    row.fail("municipality_code", Rule.UNIQUE_KEY,
                            "municipality " + code + " is listed again (first on line " + first + ")");
                } else if (region != null) {
                    regionByCode.put(code.value(), region);
                }
            }
            if (row.ok()) {
                municipalities.add(new Municipality(code, name, region));
            }
        }
        boolean clean = violations.count(ReferenceFile.MUNICIPALITIES) == before;
        return new Result(municipalities, codes, regions, regionByCode, clean);
    }
}
