package org.caresettle.batch.message.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.caresettle.batch.files.BlockOutputStream;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Unit;

/**
 * Writes the answer to one declaration as JW325 (BerichtCode 491) or WMO325 (485), after the
 * declaration's law. iWmo 3.2 publishes its own XSDs, which this project does not hold; WMO325 is
 * written with the JW325 structure in the wmo325 namespace (and the iwmo basisschema namespace).
 *
 * <p>Return codes on each level:
 * <ul>
 * <li>Header: {@code 0001} when a technical check rejected the declaration, {@code 0200} when
 *     anything else was rejected, {@code 8001} when everything was accepted.</li>
 * <li>DeclaratieAntwoord: {@link DeclarationVerdict#answerCodes()} (8001, 0200, or the failing
 *     declaration codes).</li>
 * <li>Client: {@code 0200} (some of its Prestaties were rejected); Prestatie: the line's codes.</li>
 * </ul>
 * Only rejected lines are listed, grouped per BSN in order of first appearance. A declaration
 * rejected as a whole lists no lines (its lines may not even be readable) and awards 0.
 *
 * <p>The output is UTF-8 and a function of the input only: same input, same bytes.
 */
public final class DeclarationAnswerXmlWriter {

    static final ReturnCode HEADER_TECHNICAL = ReturnCode.TECHNICAL;
    static final ReturnCode CLIENT_CODE = ReturnCode.SOME_REJECTED;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern AGB = Pattern.compile("[0-9]{8}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern BSN = Pattern.compile("[0-9]{9}");
    private static final Pattern DECLARATION_NUMBER = Pattern.compile("[a-zA-Z0-9]{1,12}");
    private static final Pattern CATEGORY = Pattern.compile("[0-9]{2}");
    private static final Pattern UNIT = Pattern.compile("01|04|14|16|82|83|84");

    private final XMLOutputFactory factory = XMLOutputFactory.newDefaultFactory();

    /**
     * Why no answer message can be written for this declaration, or empty when one can. A field
     * the answer must echo (the header, and the listed lines) that does not fit its XSD type makes
     * a schema-valid answer impossible; iJw leaves such messages to the transport layer, and the
     * provider still gets the CSV answer. The reason names columns only, never values.
     */
    public Optional<String> unanswerableReason(RawDeclaration declaration, DeclarationVerdict verdict) {
        List<String> bad = new ArrayList<>();
        if (standardOf(declaration) == null) {
            bad.add(DeclarationColumn.LAW.columnName());
        }
        checkHeader(declaration, bad);
        if (!verdict.rejectedWhole()) {
            List<RawLine> lines = declaration.lines();
            if (lines.size() != verdict.lines().size()) {
                return Optional.of("the verdict has " + verdict.lines().size() + " lines, the declaration "
                        + lines.size());
            }
            for (int i = 0; i < lines.size(); i++) {
                LineVerdict lineVerdict = verdict.lines().get(i);
                if (lineVerdict.position() != lines.get(i).position()) {
                    return Optional.of("the verdict's line " + (i + 1) + " is not the declaration's");
                }
                if (!lineVerdict.accepted()) {
                    checkLine(lines.get(i), lineVerdict, bad);
                }
            }
        }
        Set<String> unique = new LinkedHashSet<>(bad);
        return unique.isEmpty()
                ? Optional.empty()
                : Optional.of("cannot write an answer message: malformed " + String.join(", ", unique));
    }

    /**
     * Writes the answer. Throws {@link IllegalArgumentException} when
     * {@link #unanswerableReason} gives a reason.
     */
    public void write(RawDeclaration declaration, DeclarationVerdict verdict, AnswerHeader answer, OutputStream out)
            throws IOException {
        Optional<String> reason = unanswerableReason(declaration, verdict);
        if (reason.isPresent()) {
            throw new IllegalArgumentException(reason.get());
        }
        MessageStandard standard = standardOf(declaration);
        try {
            // The JDK's writer hands over one byte at a time: buffered here without a lock per byte.
            BlockOutputStream buffered = new BlockOutputStream(out);
            XMLStreamWriter xml = factory.createXMLStreamWriter(buffered, "UTF-8");
            new Writing(xml, standard).message(declaration, verdict, answer);
            xml.flush();
            xml.close();
            buffered.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("could not write the answer message", e);
        }
        out.flush();
    }

    private static MessageStandard standardOf(RawDeclaration declaration) {
        String law = declaration.get(DeclarationColumn.LAW);
        for (Law candidate : Law.values()) {
            if (candidate.name().equals(law)) {
                return MessageStandard.byLaw(candidate);
            }
        }
        return null;
    }

    private static void checkHeader(RawDeclaration d, List<String> bad) {
        require(d.get(DeclarationColumn.PROVIDER_AGB), AGB, DeclarationColumn.PROVIDER_AGB, bad);
        require(d.get(DeclarationColumn.MUNICIPALITY_CODE), MUNICIPALITY, DeclarationColumn.MUNICIPALITY_CODE, bad);
        String messageId = d.get(DeclarationColumn.MESSAGE_ID);
        if (messageId == null || messageId.isBlank() || messageId.length() > 12) {
            bad.add(DeclarationColumn.MESSAGE_ID.columnName());
        }
        requireDate(d.get(DeclarationColumn.MESSAGE_DATE), DeclarationColumn.MESSAGE_DATE, bad);
        require(d.get(DeclarationColumn.DECLARATION_NUMBER), DECLARATION_NUMBER, DeclarationColumn.DECLARATION_NUMBER, bad);
        requireNumber(d.get(DeclarationColumn.TOTAL_CENTS), 12, DeclarationColumn.TOTAL_CENTS, bad);
        requireDebitCredit(d.get(DeclarationColumn.TOTAL_DC), DeclarationColumn.TOTAL_DC, bad);
    }

    private static void checkLine(RawLine line, LineVerdict verdict, List<String> bad) {
        require(line.get(DeclarationColumn.BSN), BSN, DeclarationColumn.BSN, bad);
        requireText(line.get(DeclarationColumn.REFERENCE), 20, DeclarationColumn.REFERENCE, bad);
        String previous = line.get(DeclarationColumn.PREVIOUS_REFERENCE);
        if (present(previous)) {
            requireText(previous, 20, DeclarationColumn.PREVIOUS_REFERENCE, bad);
        }
        requireNumber(line.get(DeclarationColumn.ALLOCATION_NUMBER), 9, DeclarationColumn.ALLOCATION_NUMBER, bad);
        require(line.get(DeclarationColumn.CATEGORY), CATEGORY, DeclarationColumn.CATEGORY, bad);
        requireText(line.get(DeclarationColumn.CODE), 5, DeclarationColumn.CODE, bad);
        requireDate(line.get(DeclarationColumn.PRODUCT_START), DeclarationColumn.PRODUCT_START, bad);
        requireDate(line.get(DeclarationColumn.PRODUCT_END), DeclarationColumn.PRODUCT_END, bad);
        requireNumber(line.get(DeclarationColumn.VOLUME), 8, DeclarationColumn.VOLUME, bad);
        require(line.get(DeclarationColumn.UNIT), UNIT, DeclarationColumn.UNIT, bad);
        if (!Unit.ignoresTariff(line.get(DeclarationColumn.UNIT))) {
            requireNumber(line.get(DeclarationColumn.TARIFF_CENTS), 8, DeclarationColumn.TARIFF_CENTS, bad);
        }
        requireNumber(line.get(DeclarationColumn.AMOUNT_CENTS), 8, DeclarationColumn.AMOUNT_CENTS, bad);
        requireDebitCredit(line.get(DeclarationColumn.DC), DeclarationColumn.DC, bad);
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static void require(String value, Pattern pattern, DeclarationColumn column, List<String> bad) {
        if (value == null || !pattern.matcher(value).matches()) {
            bad.add(column.columnName());
        }
    }

    private static void requireText(String value, int maxLength, DeclarationColumn column, List<String> bad) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            bad.add(column.columnName());
        }
    }

    private static void requireNumber(String value, int maxDigits, DeclarationColumn column, List<String> bad) {
        if (value == null || value.length() > maxDigits || !DIGITS.matcher(value).matches()) {
            bad.add(column.columnName());
        }
    }

    private static void requireDebitCredit(String value, DeclarationColumn column, List<String> bad) {
        if (!"D".equals(value) && !"C".equals(value)) {
            bad.add(column.columnName());
        }
    }

    private static void requireDate(String value, DeclarationColumn column, List<String> bad) {
        if (value == null || value.length() != 10) {
            bad.add(column.columnName());
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            bad.add(column.columnName());
        }
    }

    /** Leading zeros are allowed in the declaration but not needed in the answer. */
    private static String number(String digits) {
        return Long.toString(Long.parseLong(digits));
    }

    /** One message being written; indents by hand so the bytes do not depend on a writer option. */
    private static final class Writing {
        private final XMLStreamWriter xml;
        private final MessageStandard standard;
        private final String ns;
        private final String base;
        private int depth;

        Writing(XMLStreamWriter xml, MessageStandard standard) {
            this.xml = xml;
            this.standard = standard;
            this.ns = standard.answerNamespace();
            this.base = standard.baseNamespace();
        }

        void message(RawDeclaration d, DeclarationVerdict verdict, AnswerHeader answer) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ns);
            xml.setPrefix(standard.basePrefix(), base);
            xml.writeCharacters("\n");
            xml.writeStartElement(ns, "Bericht");
            xml.writeDefaultNamespace(ns);
            xml.writeNamespace(standard.basePrefix(), base);
            depth++;

            open("Header");
            leaf("BerichtCode", standard.answerMessageCode());
            leaf("BerichtVersie", MessageStandard.MESSAGE_VERSION);
            leaf("BerichtSubversie", MessageStandard.MESSAGE_SUBVERSION);
            leaf("Afzender", d.get(DeclarationColumn.MUNICIPALITY_CODE));
            leaf("Ontvanger", d.get(DeclarationColumn.PROVIDER_AGB));
            identification("BerichtIdentificatie", answer.answerMessageId(), answer.businessDate().toString());
            xsdVersion("XsdVersie", MessageStandard.ANSWER_XSD_VERSION);
            identification("DeclaratieIdentificatie", d.get(DeclarationColumn.MESSAGE_ID),
                    d.get(DeclarationColumn.MESSAGE_DATE));
            xsdVersion("XsdVersieDeclaratie", answer.declarationXsd());
            returnCodes(List.of(headerCode(verdict)));
            close();

            open("DeclaratieAntwoord");
            leaf("DeclaratieNummer", d.get(DeclarationColumn.DECLARATION_NUMBER));
            totalAmount("TotaalIngediendBedrag", number(d.get(DeclarationColumn.TOTAL_CENTS)),
                    d.get(DeclarationColumn.TOTAL_DC));
            long awarded = verdict.rejectedWhole() ? 0 : verdict.awardedTotalCents();
            totalAmount("TotaalToegekendBedrag", Long.toString(Math.abs(awarded)), awarded < 0 ? "C" : "D");
            if (!verdict.rejectedWhole()) {
                clients(d, verdict);
            }
            returnCodes(verdict.answerCodes());
            close();

            depth--;
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        private static ReturnCode headerCode(DeclarationVerdict verdict) {
            if (verdict.declarationCodes().contains(HEADER_TECHNICAL)) {
                return HEADER_TECHNICAL;
            }
            return verdict.answerCodes().equals(List.of(ReturnCode.ALL_ACCEPTED))
                    ? ReturnCode.ALL_ACCEPTED
                    : ReturnCode.SOME_REJECTED;
        }

        private void clients(RawDeclaration d, DeclarationVerdict verdict) throws XMLStreamException {
            // rejected lines per BSN: a Client may appear once per answer (TR101)
            Map<String, List<Integer>> byBsn = new LinkedHashMap<>();
            for (int i = 0; i < verdict.lines().size(); i++) {
                if (!verdict.lines().get(i).accepted()) {
                    byBsn.computeIfAbsent(d.lines().get(i).get(DeclarationColumn.BSN), k -> new ArrayList<>()).add(i);
                }
            }
            if (byBsn.isEmpty()) {
                return;
            }
            open("Clienten");
            for (Map.Entry<String, List<Integer>> client : byBsn.entrySet()) {
                open("Client");
                leaf("Bsn", client.getKey());
                open("Prestaties");
                for (int i : client.getValue()) {
                    prestatie(d.lines().get(i), verdict.lines().get(i));
                }
                close();
                returnCodes(List.of(CLIENT_CODE));
                close();
            }
            close();
        }

        private void prestatie(RawLine line, LineVerdict verdict) throws XMLStreamException {
            open("Prestatie");
            open("ProductReferentie");
            baseLeaf("ReferentieNummer", line.get(DeclarationColumn.REFERENCE));
            String previous = line.get(DeclarationColumn.PREVIOUS_REFERENCE);
            if (present(previous)) {
                baseLeaf("VorigReferentieNummer", previous);
            }
            close();
            leaf("ToewijzingNummer", number(line.get(DeclarationColumn.ALLOCATION_NUMBER)));
            leaf("ProductCategorie", line.get(DeclarationColumn.CATEGORY));
            leaf("ProductCode", line.get(DeclarationColumn.CODE));
            open("ProductPeriode");
            baseLeaf("Begindatum", line.get(DeclarationColumn.PRODUCT_START));
            baseLeaf("Einddatum", line.get(DeclarationColumn.PRODUCT_END));
            close();
            leaf("GeleverdVolume", number(line.get(DeclarationColumn.VOLUME)));
            leaf("Eenheid", line.get(DeclarationColumn.UNIT));
            String tariff = line.get(DeclarationColumn.TARIFF_CENTS);
            // unit 83 ignores a tariff; echo it only when it is a valid LDT_Bedrag
            if (present(tariff) && tariff.length() <= 8 && DIGITS.matcher(tariff).matches()) {
                leaf("ProductTarief", number(tariff));
            }
            open("IngediendBedrag");
            baseLeaf("Bedrag", number(line.get(DeclarationColumn.AMOUNT_CENTS)));
            baseLeaf("DebetCredit", line.get(DeclarationColumn.DC));
            close();
            returnCodes(verdict.codes());
            close();
        }

        private void identification(String name, String id, String date) throws XMLStreamException {
            open(name);
            baseLeaf("Identificatie", id);
            baseLeaf("Dagtekening", date);
            close();
        }

        private void xsdVersion(String name, XsdVersion version) throws XMLStreamException {
            open(name);
            baseLeaf("BasisschemaXsdVersie", version.basisschema());
            baseLeaf("BerichtXsdVersie", version.message());
            close();
        }

        private void totalAmount(String name, String amount, String debitCredit) throws XMLStreamException {
            open(name);
            baseLeaf("TotaalBedrag", amount);
            baseLeaf("DebetCredit", debitCredit);
            close();
        }

        private void returnCodes(List<ReturnCode> codes) throws XMLStreamException {
            open("RetourCodes");
            for (ReturnCode code : codes) {
                leaf("RetourCode", code.code());
            }
            close();
        }

        private void open(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(ns, name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        private void leaf(String name, String text) throws XMLStreamException {
            leaf(ns, name, text);
        }

        private void baseLeaf(String name, String text) throws XMLStreamException {
            leaf(base, name, text);
        }

        private void leaf(String namespace, String name, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(namespace, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
