package org.caresettle.sampledata.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CBS municipality list with youth-care regions ({@code reference-data/cbs-municipalities-2026.csv},
 * packed into the jar as a resource), read in file order.
 */
final class CbsList {

    static final String RESOURCE = "/org/caresettle/sampledata/cbs-municipalities-2026.csv";

    record Entry(String code, String name, String regionName) {

        String regionCode() {
            return CbsList.regionCode(regionName);
        }
    }

    private CbsList() {
    }

    static List<Entry> load() {
        try (InputStream in = CbsList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            String header = reader.readLine();
            if (header == null || !header.startsWith("municipality_code,name,province,youth_care_region")) {
                throw new IllegalStateException("unexpected header of " + RESOURCE + ": " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = splitQuoted(line);
                entries.add(new Entry(cells.get(0), cells.get(1), cells.get(3)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code West-Friesland} → {@code WEST-FRIESLAND}, {@code Gooi-en Vechtstreek} → {@code GOOI-EN-VECHTSTREEK}. */
    static String regionCode(String regionName) {
        String ascii = Normalizer.normalize(regionName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
    }

    /** Comma-separated cells, each optionally in double quotes ({@code ""} for a quote). */
    static List<String> splitQuoted(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
