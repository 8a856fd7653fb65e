package org.caresettle.batch.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The BSNs of a data folder, and a search for them in files and text. A BSN is looked for as a
 * plain substring of the bytes (read as ISO-8859-1, so no encoding error can hide one) and of the
 * file's path below the scanned folder, so a BSN inside a longer word or a file name is found too.
 * An Excel workbook ({@code .xlsx}, issue 15) is a zip whose compressed bytes would hide a BSN: each of
 * its entries is searched unpacked instead.
 */
final class BsnScan {

    private static final Pattern XML_BSN = Pattern.compile("<(?:[\\w.-]+:)?Bsn>\\s*([^<\\s]*)\\s*</");
    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");

    private BsnScan() {
    }

    /** One place a BSN was found: a file (with its path below the scanned folder) or a text's name. */
    record Finding(String where, String bsn) {
        @Override
        public String toString() {
            return where + " holds BSN " + bsn;
        }
    }

    /**
     * Every BSN of the inputs: the {@code bsn} column of {@code reference/allocations.csv} and of every
     * CSV inbox file (either separator, with or without BOM), and every {@code Bsn} element of every
     * XML inbox file, valid or not (a BSN that fails the 11-proof must not leak either). Only 9-digit
     * values count: a shorter malformed value would match everywhere.
     */
    static Set<String> ofInputs(Path data) {
        Set<String> bsns = new TreeSet<>();
        bsns.addAll(csvColumn(data.resolve("reference/allocations.csv"), "bsn"));
        try (Stream<Path> inbox = Files.list(data.resolve("inbox"))) {
            for (Path file : inbox.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".csv")) {
                    bsns.addAll(csvColumn(file, "bsn"));
                } else if (name.endsWith(".xml")) {
                    Matcher matcher = XML_BSN.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        bsns.add(matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bsns.removeIf(bsn -> !NINE_DIGITS.matcher(bsn).matches());
        return bsns;
    }

    private static List<String> csvColumn(Path file, String column) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String header = text.lines().findFirst().orElse("");
            char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader()
                    .setSkipHeaderRecord(true).setTrim(true).get();
            List<String> values = new ArrayList<>();
            try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException(file + " has no column " + column);
                }
                for (CSVRecord record : parser) {
                    if (record.isSet(column)) {
                        values.add(record.get(column));
                    }
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} that {@code skip} does not exclude, searched by path and content. */
    static List<Finding> inFiles(Path root, Set<String> bsns, Predicate<Path> skip) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted().toList()) {
                Path relative = root.relativize(path);
                if (skip.test(relative)) {
                    continue;
                }
                findings.addAll(inText("path " + relative, relative.toString(), bsns));
                if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".xlsx")) {
                    findings.addAll(inWorkbook(path, relative, bsns));
                } else if (Files.isRegularFile(path)) {
                    findings.addAll(inText(relative.toString(),
                            new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1), bsns));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static List<Finding> inWorkbook(Path path, Path relative, Set<String> bsns) throws IOException {
        List<Finding> findings = new ArrayList<>();
        // ZipFile reads the central directory: POI streams its entries with sizes only there.
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    findings.addAll(inText(relative + "!" + entry.getName(),
                            new String(in.readAllBytes(), StandardCharsets.ISO_8859_1), bsns));
                }
            }
        }
        return findings;
    }

    /** Number of regular files {@link #inFiles} reads with the same arguments. */
    static long filesScanned(Path root, Predicate<Path> skip) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).filter(path -> !skip.test(root.relativize(path))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> inText(String where, String text, Set<String> bsns) {
        List<Finding> findings = new ArrayList<>();
        for (String bsn : bsns) {
            if (text.contains(bsn)) {
                findings.add(new Finding(where, bsn));
            }
        }
        return findings;
    }
}
