package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small, valid reference folder (the region of SPEC 12's worked example) that a test can
 * break one line at a time before writing it to disk.
 */
public final class ReferenceFixture {

    private final Map<String, String> files = new LinkedHashMap<>();

    public ReferenceFixture() {
        files.put("municipalities.csv", """
                municipality_code,name,region_code
                0405,Hoorn,WF
                0388,Enkhuizen,WF
                0532,Stede Broec,WF
                """);
        files.put("providers.csv", """
                agb_code,name
                12345678,Zorggroep Westfriesland
                87654321,Thuishulp Noord
                """);
        files.put("products.csv", """
                law,category,code,description,pooled
                JW,45,45A01,Ambulante jeugdhulp,false
                JW,43,43A01,Jeugdhulp met verblijf,true
                WMO,02,02A01,Hulp bij het huishouden,false
                """);
        files.put("arrangements.csv", """
                arrangement_id,provider_agb,region_code,law,category,code,financing,unit,tariff_cents,valid_from,valid_to,withhold_bp,partial_release_bp,annual_amount_cents
                A1,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-12-31,,,
                A2,12345678,WF,JW,43,43A01,RESULT,82,450000,2026-01-01,2026-12-31,1000,5000,
                A3,87654321,WF,WMO,02,02A01,PERFORMANCE,04,6200,2026-01-01,2026-12-31,,,
                A4,12345678,WF,JW,46,,AVAILABILITY,,,2026-01-01,2026-12-31,,,1200007
                """);
        files.put("allocations.csv", """
                allocation_number,municipality_code,bsn,provider_agb,law,category,code,start_date,end_date,volume,unit,frequency,budget_cents,status
                1001,0405,999900006,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE
                2001,0388,999900018,12345678,JW,43,43A01,2026-02-15,2026-12-31,1,82,4,,ACTIVE
                3001,0532,999900031,87654321,WMO,02,02A01,2026-01-01,,8,04,2,500000,ACTIVE
                """);
        files.put("pooling_keys.csv", """
                region_code,year,municipality_code,share
                WF,2026,0405,0.550000
                WF,2026,0388,0.200000
                WF,2026,0532,0.250000
                """);
        files.put("budgets.csv", """
                municipality_code,year,law,budget_cents
                0405,2026,JW,120000000
                0388,2026,JW,40000000
                0532,2026,WMO,30000000
                """);
        files.put("outcomes.csv", """
                allocation_number,municipality_code,reported_on,outcome
                2001,0388,2026-03-20,ACHIEVED
                """);
    }

    /** Replaces line {@code lineNumber} (the header is line 1) of a file. */
    public ReferenceFixture replaceLine(String file, int lineNumber, String line) {
        String[] lines = files.get(file).split("\n", -1);
        lines[lineNumber - 1] = line;
        files.put(file, String.join("\n", lines));
        return this;
    }

    public ReferenceFixture appendLine(String file, String line) {
        files.put(file, files.get(file) + line + "\n");
        return this;
    }

    public ReferenceFixture without(String file) {
        files.remove(file);
        return this;
    }

    /** Writes {@code data/reference/*.csv} under {@code data} and returns {@code data}. */
    public Path writeTo(Path data) {
        try {
            Path reference = Files.createDirectories(data.resolve("reference"));
            try (var old = Files.list(reference)) {
                for (Path path : old.toList()) {
                    Files.delete(path);
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(reference.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(data.resolve("inbox"));
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
