package org.caresettle.sampledata.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.sampledata.generator.Model.Allocation;
import org.caresettle.sampledata.generator.Model.Arrangement;
import org.caresettle.sampledata.generator.Model.Format;
import org.caresettle.sampledata.generator.Model.Provider;

/**
 * Streams the inbox: per period, provider and municipality the lines of every allocation (the
 * month clipped to the allocation, split into 1–4 product periods, volume within the cap of SPEC
 * 4.2, tariff of the arrangement valid on the product start), with a few deliberate errors, credits
 * of earlier accepted debits and now and then a declaration whose total is wrong (TR358). Only one
 * provider-municipality group of one month is in memory at a time.
 *
 * <p>File names are {@code <message date>_<agb>_<nnnn>.<ext>}; message dates lie in the month after
 * the period (3rd–16th), so the byte order of names puts every credit and every reused reference
 * after the line it names.
 */
final class InboxGenerator {

    static final int MAX_DECLARATION_LINES = 300;
    static final int CSV_FILE_LINES = 1500;
    static final double ERROR_RATE = 0.045;
    static final double CREDIT_RATE = 0.032;
    static final double REDEBIT_RATE = 0.5;
    static final double WRONG_CREDIT_RATE = 0.05;
    static final double DUPLICATE_PERIOD_RATE = 0.004;
    static final double UNKNOWN_CREDIT_RATE = 0.002;
    static final double DELETED_DECLARED_RATE = 0.25;
    static final double TOTAL_ERROR_RATE = 1.0 / 400;
    private static final String[] PERFORMANCE_UNITS = {"01", "04", "16", "84"};
    private static final int MAX_REUSABLE_REFERENCES = 32;

    private final ReferenceModel model;
    private final Window window;
    private final Path inbox;
    private final InboxShape shape;
    /** Per provider: its CSV declarations go into the file of the CSV provider before it (an office's file). */
    private final boolean[] sharesFile;
    private final Rng rng;
    private final Window.Slot slot = new Window.Slot();
    private final Map<String, List<String>> categoriesByLaw = new HashMap<>();
    private final Map<Provider, List<String>> aspecificCodes = new HashMap<>();

    /** Debits to credit in the next period, by provider and municipality. */
    private Map<Long, List<Line>> creditNow = new HashMap<>();
    private Map<Long, List<Line>> creditNext = new HashMap<>();
    /** References each provider sent in earlier periods, to reuse for 8021. */
    private final List<ArrayDeque<String>> reusable = new ArrayList<>();
    private final List<List<String>> reusableNext = new ArrayList<>();

    // state of the provider-month being written
    private Provider provider;
    private String yymm;
    private String messageDate;
    private String declarationDate;
    private String periodStart;
    private String periodEnd;
    private int fileCounter;
    private int referenceCounter;
    private CsvInboxFile csv;

    // totals for the summary
    long xmlFiles;
    long csvFiles;
    long declarations;
    long debitLines;
    long creditLines;
    long totalErrorDeclarations;
    final Map<String, Long> expectedRejections = new TreeMap<>();

    InboxGenerator(ReferenceModel model, Path inbox, long seed, InboxShape shape) {
        this.model = model;
        this.window = model.window;
        this.inbox = inbox;
        this.shape = shape;
        this.rng = Rng.stream(seed, 2);
        this.sharesFile = sharesFile(model, shape, Rng.stream(seed, 3));
        for (ProductSpec p : ProductSpec.ALL) {
            List<String> categories = categoriesByLaw.computeIfAbsent(p.law(), l -> new ArrayList<>());
            if (!p.isAvailability() && !categories.contains(p.category())) {
                categories.add(p.category());
            }
        }
        for (Provider p : model.providers) {
            reusable.add(new ArrayDeque<>());
            reusableNext.add(new ArrayList<>());
            aspecificCodes.put(p, p.products.stream().filter(s -> s.category().equals("45"))
                    .map(ProductSpec::code).toList());
        }
    }

    void run() throws IOException {
        Allocation[] all = model.allocations;
        for (int month = 0; month < window.months; month++) {
            startMonth();
            int i = 0;
            for (Provider p : model.providers) {
                if (!sharesFile[p.index]) {
                    closeCsv();
                }
                startProviderMonth(p, month);
                while (i < all.length && all[i].provider == p) {
                    int groupEnd = i;
                    while (groupEnd < all.length && all[groupEnd].provider == p
                            && all[groupEnd].municipality == all[i].municipality) {
                        groupEnd++;
                    }
                    writeGroup(all, i, groupEnd, month);
                    i = groupEnd;
                }
            }
            closeCsv();
        }
    }

    /** A separate stream, drawn only when files are shared, so that the default shape's bytes stay as they were. */
    private static boolean[] sharesFile(ReferenceModel model, InboxShape shape, Rng draws) {
        boolean[] shares = new boolean[model.providers.size()];
        boolean previousCsv = false;
        for (Provider p : model.providers) {
            boolean csv = p.format != Format.XML;
            shares[p.index] = csv && previousCsv && shape.sharedFileShare() > 0 && draws.chance(shape.sharedFileShare());
            previousCsv = csv;
        }
        return shares;
    }

    private void startMonth() {
        Map<Long, List<Line>> swap = creditNow;
        creditNow = creditNext;
        creditNext = swap;
        creditNext.clear();
        for (int p = 0; p < reusable.size(); p++) {
            for (String reference : reusableNext.get(p)) {
                if (reusable.get(p).size() < MAX_REUSABLE_REFERENCES) {
                    reusable.get(p).add(reference);
                }
            }
            reusableNext.get(p).clear();
        }
    }

    private void startProviderMonth(Provider p, int month) {
        provider = p;
        YearMonth period = window.period(month);
        yymm = ReferenceModel.pad(period.getYear() % 100, 2) + ReferenceModel.pad(period.getMonthValue(), 2);
        int sent = Dates.firstDay(period.plusMonths(1)) + rng.between(2, 15);
        messageDate = Dates.text(sent);
        declarationDate = Dates.text(sent - rng.between(0, 2));
        periodStart = Dates.text(window.monthStart[month]);
        periodEnd = Dates.text(window.monthEnd[month]);
        fileCounter = 0;
        referenceCounter = 0;
    }

    private void writeGroup(Allocation[] all, int from, int to, int month) throws IOException {
        Model.Municipality municipality = all[from].municipality;
        long key = (long) provider.index * 100_000 + municipality.index;
        List<Line> lines = new ArrayList<>();
        int suffix = 0;
        List<Line> toCredit = creditNow.remove(key);
        if (toCredit != null) {
            for (Line debit : toCredit) {
                addCredit(debit, lines);
            }
        }
        int maxLines = provider.format == Format.XML ? shape.xmlMessageLines() : MAX_DECLARATION_LINES;
        for (int i = from; i < to; i++) {
            addAllocationLines(all[i], month, lines);
            if (lines.size() >= maxLines) {
                emit(municipality, key, lines, suffix++);
                lines.clear();
            }
        }
        if (!lines.isEmpty()) {
            emit(municipality, key, lines, suffix);
        }
    }

    private String nextReference() {
        return provider.prefix + yymm + ReferenceModel.pad(++referenceCounter, 7);
    }

    private void addCredit(Line debit, List<Line> lines) {
        Line credit = debit.copy();
        credit.reference = nextReference();
        credit.previousReference = debit.reference;
        credit.credit = true;
        credit.creditLater = false;
        credit.expectedCode = null;
        lines.add(credit);
        if (rng.chance(WRONG_CREDIT_RATE)) {
            // the credit does not match its debit: 9346, and the debit stays uncredited
            if (credit.volume > 1 && credit.tariff > 0) {
                credit.volume--;
                credit.amount = credit.volume * credit.tariff;
            } else {
                credit.amount = credit.amount > 1 ? credit.amount - 1 : credit.amount + 1;
            }
            credit.expectedCode = "9346";
            return;
        }
        if (rng.chance(REDEBIT_RATE)) {
            // the corrected delivery: same product period, less volume (credits are processed first, so no 9389)
            Line redebit = debit.copy();
            redebit.reference = nextReference();
            redebit.creditLater = false;
            redebit.volume = Math.max(1, debit.volume * rng.between(50, 95) / 100);
            redebit.amount = redebit.tariff < 0 ? redebit.volume : redebit.volume * redebit.tariff;
            lines.add(redebit);
        }
    }

    private void addAllocationLines(Allocation a, int month, List<Line> lines) {
        if (!window.plan(a, month, slot)) {
            return;
        }
        if (a.deleted && !rng.chance(DELETED_DECLARED_RATE)) {
            return;
        }
        boolean perDay = a.unit.equals("14") && a.frequency.equals("1");
        long declared = perDay ? slot.cap : rng.betweenLong(Math.max(slot.parts, (slot.cap + 1) / 2), slot.cap);
        int days = slot.days();
        int parts = slot.parts;
        Line last = null;
        for (int i = 0; i < parts; i++) {
            int start = slot.from + (int) ((long) i * days / parts);
            int end = slot.from + (int) ((long) (i + 1) * days / parts) - 1;
            long volume = perDay ? end - start + 1 : declared / parts + (i < declared % parts ? 1 : 0);
            Line line = debit(a, start, end, volume);
            lines.add(line);
            if (a.deleted) {
                line.expectedCode = "9384";
            } else if (rng.chance(ERROR_RATE)) {
                injectError(line, a, month);
            } else {
                last = line;
                if (month < window.months - 1 && rng.chance(CREDIT_RATE)) {
                    line.creditLater = true;
                } else if (rng.chance(DUPLICATE_PERIOD_RATE)) {
                    Line duplicate = line.copy();
                    duplicate.reference = nextReference();
                    duplicate.expectedCode = "9389";
                    lines.add(duplicate);
                }
            }
        }
        if (last != null && rng.chance(UNKNOWN_CREDIT_RATE)) {
            Line credit = last.copy();
            credit.reference = nextReference();
            credit.previousReference = provider.prefix + "0000" + ReferenceModel.pad(rng.nextInt(10_000_000), 7);
            credit.credit = true;
            credit.creditLater = false;
            credit.expectedCode = "8017";
            lines.add(credit);
        }
    }

    private Line debit(Allocation a, int start, int end, long volume) {
        Line line = new Line();
        line.bsn = a.bsn;
        line.reference = nextReference();
        line.allocationNumber = a.number;
        line.category = a.product.category();
        if (a.code.isEmpty()) {
            List<String> codes = aspecificCodes.get(a.provider);
            line.code = codes.get(rng.nextInt(codes.size()));
        } else {
            line.code = a.code;
        }
        line.productStart = start;
        line.productEnd = end;
        line.volume = volume;
        line.unit = a.unit;
        Arrangement arrangement = a.provider.arrangement(a.municipality.region, line.category, line.code, start);
        if (arrangement == null) {
            throw new IllegalStateException("no arrangement for allocation " + a.number + " of " + a.provider.agb);
        }
        line.tariff = arrangement.tariff;
        line.amount = line.tariff < 0 ? volume : volume * line.tariff;
        return line;
    }

    private void injectError(Line line, Allocation a, int month) {
        int kind = rng.nextInt(9);
        switch (kind) {
            case 0 -> {
                line.allocationNumber = "9" + ReferenceModel.pad(rng.nextInt(10_000_000), 7);
                line.expectedCode = "9338";
            }
            case 1 -> {
                String other;
                do {
                    other = model.testBsns[rng.nextInt(model.testBsns.length)];
                } while (other.equals(line.bsn));
                line.bsn = other;
                line.expectedCode = "8187";
            }
            case 3 -> {
                if (line.tariff > 0) {
                    line.tariff += 5L * rng.between(1, 40);
                    line.amount = line.volume * line.tariff;
                    line.expectedCode = "0611";
                }
            }
            case 4 -> {
                if (!a.frequency.equals("6")) {
                    line.volume = slot.cap + rng.between(1, 5);
                    line.amount = line.tariff < 0 ? line.volume : line.volume * line.tariff;
                    line.expectedCode = "9321";
                }
            }
            case 5 -> {
                String reference = reusable.get(provider.index).poll();
                if (reference != null) {
                    line.reference = reference;
                    line.expectedCode = "8021";
                }
            }
            case 6 -> {
                line.productEnd = window.monthEnd[month] + rng.between(1, 5);
                line.expectedCode = "9319";
            }
            case 7 -> {
                if (!line.unit.equals("83")) {
                    String unit;
                    do {
                        unit = PERFORMANCE_UNITS[rng.nextInt(PERFORMANCE_UNITS.length)];
                    } while (unit.equals(line.unit));
                    line.unit = unit;
                    line.expectedCode = "9341";
                }
            }
            case 8 -> {
                List<String> categories = categoriesByLaw.get(a.product.law());
                String category;
                do {
                    category = categories.get(rng.nextInt(categories.size()));
                } while (category.equals(line.category));
                line.category = category;
                line.expectedCode = "9339";
            }
            default -> {
            }
        }
        if (line.expectedCode == null) {
            // kind 2, and the kinds that do not fit this line: an amount that is not volume × tariff
            line.amount += rng.between(1, 999);
            line.expectedCode = "9346";
        }
    }

    private void emit(Model.Municipality municipality, long key, List<Line> lines, int suffix) throws IOException {
        long total = 0;
        for (Line line : lines) {
            total += line.signedAmount();
        }
        boolean wrongTotal = declarations == 4 || rng.chance(TOTAL_ERROR_RATE);
        if (wrongTotal) {
            total += 100;
        }
        String letters = "" + (char) ('A' + suffix / 26) + (char) ('A' + suffix % 26);
        DeclarationHeader header = new DeclarationHeader(provider.prefix + yymm + municipality.code + letters,
                messageDate, provider.agb, municipality.code, provider.law,
                provider.prefix + municipality.code + yymm + letters, periodStart, periodEnd, declarationDate,
                Math.abs(total), total < 0 ? "C" : "D");
        if (provider.format == Format.XML) {
            XmlInboxFile.write(inbox.resolve(fileName("xml")), header, lines);
            xmlFiles++;
        } else {
            if (csv == null) {
                boolean semicolon = provider.format == Format.CSV_SEMICOLON;
                csv = new CsvInboxFile(inbox.resolve(fileName("csv")), semicolon ? ';' : ',', semicolon, semicolon);
                csvFiles++;
            }
            csv.write(header, lines);
            if (csv.lines >= CSV_FILE_LINES || csv.declarations >= shape.csvFileDeclarations()) {
                closeCsv();
            }
        }
        declarations++;
        if (wrongTotal) {
            totalErrorDeclarations++;
            expectedRejections.merge("TR358", (long) lines.size(), Long::sum);
        }
        for (Line line : lines) {
            if (line.credit) {
                creditLines++;
            } else {
                debitLines++;
            }
            if (wrongTotal) {
                continue;
            }
            if (line.expectedCode != null) {
                expectedRejections.merge(line.expectedCode, 1L, Long::sum);
            } else if (line.creditLater) {
                creditNext.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
            } else if (!line.credit && reusableNext.get(provider.index).size() < 4) {
                reusableNext.get(provider.index).add(line.reference);
            }
        }
    }

    private String fileName(String extension) {
        return messageDate + "_" + provider.agb + "_" + ReferenceModel.pad(++fileCounter, 4) + "." + extension;
    }

    private void closeCsv() throws IOException {
        if (csv != null) {
            csv.close();
            csv = null;
        }
    }
}
