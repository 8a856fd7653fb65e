package org.caresettle.core.check;

import static org.caresettle.core.declaration.DeclarationColumn.ALLOCATION_NUMBER;
import static org.caresettle.core.declaration.DeclarationColumn.AMOUNT_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.BSN;
import static org.caresettle.core.declaration.DeclarationColumn.CATEGORY;
import static org.caresettle.core.declaration.DeclarationColumn.CODE;
import static org.caresettle.core.declaration.DeclarationColumn.DC;
import static org.caresettle.core.declaration.DeclarationColumn.DECLARATION_DATE;
import static org.caresettle.core.declaration.DeclarationColumn.DECLARATION_NUMBER;
import static org.caresettle.core.declaration.DeclarationColumn.LAW;
import static org.caresettle.core.declaration.DeclarationColumn.MESSAGE_DATE;
import static org.caresettle.core.declaration.DeclarationColumn.MESSAGE_ID;
import static org.caresettle.core.declaration.DeclarationColumn.MUNICIPALITY_CODE;
import static org.caresettle.core.declaration.DeclarationColumn.PERIOD_END;
import static org.caresettle.core.declaration.DeclarationColumn.PERIOD_START;
import static org.caresettle.core.declaration.DeclarationColumn.PREVIOUS_REFERENCE;
import static org.caresettle.core.declaration.DeclarationColumn.PRODUCT_END;
import static org.caresettle.core.declaration.DeclarationColumn.PRODUCT_START;
import static org.caresettle.core.declaration.DeclarationColumn.PROVIDER_AGB;
import static org.caresettle.core.declaration.DeclarationColumn.REFERENCE;
import static org.caresettle.core.declaration.DeclarationColumn.TARIFF_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.TOTAL_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.TOTAL_DC;
import static org.caresettle.core.declaration.DeclarationColumn.UNIT;
import static org.caresettle.core.declaration.DeclarationColumn.VOLUME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.caresettle.core.value.ValueFormatException;

/**
 * The technical checks of SPEC 4.1 and 14: any failure rejects the whole declaration with
 * {@code 0001}. Every rule is evaluated (a rule whose inputs could not be read is skipped), so
 * the provider learns all it must fix at once. Rule names come in this stable order, each once:
 * the reader's own {@code formatProblems} (as given), then {@code FIELD:<column>} in the column
 * order of {@link DeclarationColumn} (header fields first), then {@code FIELD:lines}, then
 * CS340, CS002, TR358, CS325, TR137, CD060, TR101, TR316.
 */
public final class TechnicalCheck {

    static final int MESSAGE_ID_MAX = 12;
    static final int DECLARATION_NUMBER_MAX = 12;
    static final int REFERENCE_MAX = 20;
    static final int AMOUNT_DIGITS = 8;
    static final int TOTAL_DIGITS = 12;
    static final int ALLOCATION_DIGITS = 9;

    private TechnicalCheck() {
    }

    public static TechnicalResult check(RawDeclaration raw) {
        Set<DeclarationColumn> badFields = EnumSet.noneOf(DeclarationColumn.class);
        ReadHeader header = ReadHeader.read(raw, badFields);
        List<RawLine> rawLines = raw.lines() == null ? List.of() : raw.lines();
        List<ReadLine> lines = new ArrayList<>();
        for (RawLine rawLine : rawLines) {
            lines.add(ReadLine.read(rawLine, badFields));
        }

        Set<String> rules = new LinkedHashSet<>();
        if (raw.formatProblems() != null) {
            rules.addAll(raw.formatProblems());
        }
        badFields.forEach(column -> rules.add(RuleNames.field(column)));
        if (lines.isEmpty()) {
            rules.add(RuleNames.NO_LINES);
        }
        if (periodNotOneMonth(header)) {
            rules.add(RuleNames.PERIOD_NOT_ONE_MONTH);
        }
        if (lines.stream().anyMatch(l -> l.bsnDigits != null && !Bsn.passesElevenProof(l.bsnDigits))) {
            rules.add(RuleNames.ELEVEN_PROOF);
        }
        if (totalMismatch(header, lines)) {
            rules.add(RuleNames.TOTAL_MISMATCH);
        }
        if (zeroCredit(header, lines)) {
            rules.add(RuleNames.ZERO_CREDIT);
        }
        if (lines.stream().anyMatch(l -> l.start != null && l.end != null && l.end.isBefore(l.start))) {
            rules.add(RuleNames.END_BEFORE_START);
        }
        if (lines.stream().anyMatch(TechnicalCheck::previousReferenceWrong)) {
            rules.add(RuleNames.PREVIOUS_REFERENCE);
        }
        if (referenceTwice(lines)) {
            rules.add(RuleNames.REFERENCE_TWICE);
        }
        if (creditOfOwnDebit(lines)) {
            rules.add(RuleNames.CREDIT_OF_OWN_DEBIT);
        }
        if (!rules.isEmpty()) {
            return new TechnicalResult.Failed(List.copyOf(rules));
        }
        return new TechnicalResult.Passed(typed(raw, header, lines));
    }

    /**
     * The submitted total as far as it can be read (sign by {@code total_dc}), 0 otherwise; a
     * declaration rejected as a whole still reports what it claimed.
     */
    public static long readableSignedTotal(RawDeclaration raw) {
        Long total = FieldText.digits(raw.get(TOTAL_CENTS), TOTAL_DIGITS);
        DebitCredit dc = debitCredit(raw.get(TOTAL_DC));
        return total == null || dc == null ? 0 : dc.sign() * total;
    }

    /** A line's amount as far as it can be read (sign by {@code dc}), 0 otherwise. */
    public static long readableSignedAmount(RawLine line) {
        Long amount = FieldText.digits(line.get(AMOUNT_CENTS), AMOUNT_DIGITS);
        DebitCredit dc = debitCredit(line.get(DC));
        return amount == null || dc == null ? 0 : dc.sign() * amount;
    }

    private static boolean periodNotOneMonth(ReadHeader h) {
        if (h.periodStart == null || h.periodEnd == null) {
            return false;
        }
        return h.periodStart.getDayOfMonth() != 1
                || !h.periodEnd.equals(h.periodStart.withDayOfMonth(h.periodStart.lengthOfMonth()));
    }

    private static boolean totalMismatch(ReadHeader h, List<ReadLine> lines) {
        if (h.total == null || h.totalDc == null) {
            return false;
        }
        long sum = 0;
        for (ReadLine line : lines) {
            if (line.amount == null || line.dc == null) {
                return false;
            }
            sum += line.dc.sign() * line.amount;
        }
        return sum != h.totalDc.sign() * h.total;
    }

    /** SPEC 2: a zero amount is D. Applied to the header total too, as the standard's CS325 does. */
    private static boolean zeroCredit(ReadHeader h, List<ReadLine> lines) {
        if (h.total != null && h.total == 0 && h.totalDc == DebitCredit.C) {
            return true;
        }
        return lines.stream().anyMatch(l -> l.amount != null && l.amount == 0 && l.dc == DebitCredit.C);
    }

    private static boolean previousReferenceWrong(ReadLine line) {
        if (line.dc == null) {
            return false;
        }
        boolean hasPrevious = line.previousPresent;
        return line.dc == DebitCredit.C ? !hasPrevious : hasPrevious;
    }

    private static boolean referenceTwice(List<ReadLine> lines) {
        Set<String> seen = new HashSet<>();
        for (ReadLine line : lines) {
            if (line.reference != null && !seen.add(line.reference)) {
                return true;
            }
        }
        return false;
    }

    private static boolean creditOfOwnDebit(List<ReadLine> lines) {
        Set<String> debitReferences = new HashSet<>();
        for (ReadLine line : lines) {
            if (line.dc == DebitCredit.D && line.reference != null) {
                debitReferences.add(line.reference);
            }
        }
        for (ReadLine line : lines) {
            if (line.previousReference == null) {
                continue;
            }
            if (line.previousReference.equals(line.reference)) {
                return true;
            }
            if (line.dc == DebitCredit.C && debitReferences.contains(line.previousReference)) {
                return true;
            }
        }
        return false;
    }

    private static Declaration typed(RawDeclaration raw, ReadHeader h, List<ReadLine> read) {
        DeclarationHeader header = new DeclarationHeader(h.messageId, h.messageDate, h.provider, h.municipality,
                h.law, h.declarationNumber, Period.of(h.periodStart), h.declarationDate, h.totalDc.sign() * h.total);
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            ReadLine l = read.get(i);
            lines.add(new DeclaredLine(i, l.position, Bsn.of(l.bsnDigits), l.reference,
                    l.dc == DebitCredit.C ? l.previousReference : null,
                    l.allocationNumber, new Product(h.law, l.category, l.code), l.start, l.end, l.volume, l.unit,
                    l.unit.ignoresTariff() ? null : l.tariff, l.amount, l.dc));
        }
        return new Declaration(raw.format(), header, lines);
    }

    private static DebitCredit debitCredit(String raw) {
        String text = FieldText.present(raw);
        return "D".equals(text) ? DebitCredit.D : "C".equals(text) ? DebitCredit.C : null;
    }

    /** Reads one field; a {@code null} result marks the column as failed. */
    private static <T> T required(String raw, DeclarationColumn column, Function<String, T> reader,
            Set<DeclarationColumn> badFields) {
        T value = reader.apply(raw);
        if (value == null) {
            badFields.add(column);
        }
        return value;
    }

    private static <T> T parsed(String raw, Function<String, T> parser) {
        String text = FieldText.present(raw);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (ValueFormatException e) {
            return null;
        }
    }

    private record ReadHeader(String messageId, LocalDate messageDate, AgbCode provider,
            MunicipalityCode municipality, Law law, String declarationNumber, LocalDate periodStart,
            LocalDate periodEnd, LocalDate declarationDate, Long total, DebitCredit totalDc) {

        static ReadHeader read(RawDeclaration raw, Set<DeclarationColumn> bad) {
            return new ReadHeader(
                    required(raw.get(MESSAGE_ID), MESSAGE_ID, t -> FieldText.bounded(t, MESSAGE_ID_MAX), bad),
                    required(raw.get(MESSAGE_DATE), MESSAGE_DATE, FieldText::date, bad),
                    required(raw.get(PROVIDER_AGB), PROVIDER_AGB,
                            t -> parsed(FieldText.fixedDigits(t, 8), AgbCode::of), bad),
                    required(raw.get(MUNICIPALITY_CODE), MUNICIPALITY_CODE,
                            t -> parsed(FieldText.fixedDigits(t, 4), MunicipalityCode::of), bad),
                    required(raw.get(LAW), LAW, t -> parsed(t, Law::parse), bad),
                    required(raw.get(DECLARATION_NUMBER), DECLARATION_NUMBER,
                            t -> FieldText.alphanumeric(t, DECLARATION_NUMBER_MAX), bad),
                    required(raw.get(PERIOD_START), PERIOD_START, FieldText::date, bad),
                    required(raw.get(PERIOD_END), PERIOD_END, FieldText::date, bad),
                    required(raw.get(DECLARATION_DATE), DECLARATION_DATE, FieldText::date, bad),
                    required(raw.get(TOTAL_CENTS), TOTAL_CENTS, t -> FieldText.digits(t, TOTAL_DIGITS), bad),
                    required(raw.get(TOTAL_DC), TOTAL_DC, TechnicalCheck::debitCredit, bad));
        }
    }

    private record ReadLine(long position, String bsnDigits, String reference, String previousReference,
            boolean previousPresent, String allocationNumber, String category, String code, LocalDate start,
            LocalDate end, Long volume, Unit unit, Long tariff, Long amount, DebitCredit dc) {

        static ReadLine read(RawLine raw, Set<DeclarationColumn> bad) {
            String previousText = raw.get(PREVIOUS_REFERENCE);
            boolean previousPresent = FieldText.present(previousText) != null;
            String previous = null;
            if (previousPresent) {
                previous = required(previousText, PREVIOUS_REFERENCE, t -> FieldText.bounded(t, REFERENCE_MAX), bad);
            }
            Unit unit = required(raw.get(UNIT), UNIT, t -> parsed(t, Unit::parse), bad);
            Long tariff = readTariff(raw.get(TARIFF_CENTS), unit, bad);
            Long allocation = required(raw.get(ALLOCATION_NUMBER), ALLOCATION_NUMBER,
                    t -> FieldText.digits(t, ALLOCATION_DIGITS), bad);
            return new ReadLine(
                    raw.position(),
                    required(raw.get(BSN), BSN, t -> FieldText.fixedDigits(t, 9), bad),
                    required(raw.get(REFERENCE), REFERENCE, t -> FieldText.bounded(t, REFERENCE_MAX), bad),
                    previous,
                    previousPresent,
                    allocation == null ? null : Long.toString(allocation),
                    required(raw.get(CATEGORY), CATEGORY,
                            t -> Product.isCategory(FieldText.present(t)) ? FieldText.present(t) : null, bad),
                    required(raw.get(CODE), CODE,
                            t -> Product.isCode(FieldText.present(t)) ? FieldText.present(t) : null, bad),
                    required(raw.get(PRODUCT_START), PRODUCT_START, FieldText::date, bad),
                    required(raw.get(PRODUCT_END), PRODUCT_END, FieldText::date, bad),
                    required(raw.get(VOLUME), VOLUME, t -> FieldText.digits(t, AMOUNT_DIGITS), bad),
                    unit,
                    tariff,
                    required(raw.get(AMOUNT_CENTS), AMOUNT_CENTS, t -> FieldText.digits(t, AMOUNT_DIGITS), bad),
                    required(raw.get(DC), DC, TechnicalCheck::debitCredit, bad));
        }

        /**
         * SPEC 14: required unless the unit is 83, where a given tariff is ignored (not even
         * read). With an unreadable unit, a tariff is only judged when one is given.
         */
        private static Long readTariff(String raw, Unit unit, Set<DeclarationColumn> bad) {
            if (unit != null && unit.ignoresTariff()) {
                return null;
            }
            if (unit == null && FieldText.present(raw) == null) {
                return null;
            }
            return required(raw, TARIFF_CENTS, t -> FieldText.digits(t, AMOUNT_DIGITS), bad);
        }
    }
}
