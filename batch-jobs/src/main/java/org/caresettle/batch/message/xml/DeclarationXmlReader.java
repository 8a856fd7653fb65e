package org.caresettle.batch.message.xml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;

/**
 * Reads one JW323 or WMO323 message with StAX, never a DOM, so memory stays bounded whatever the
 * file size: text is read in the parser's chunks (non-coalescing), a field keeps at most
 * {@value #MAX_FIELD_CHARS} characters, and {@link MarkupGuardReader} refuses the comments, CDATA
 * sections and tags the parser would hold whole when they pass 1 Mi characters. The file must be
 * UTF-8, as the iStandaarden require. The content is not checked here (the core's technical
 * checks do that and name {@code FIELD:<column>}); only what cannot be read at all refuses the file.
 *
 * <p>Elements are matched by local name and path below the root; the root's namespace decides the
 * standard and the law. Unknown elements are skipped. A field that occurs twice, holds child
 * elements or is longer than the cap gets {@link #MALFORMED_MARKER} as its value and
 * {@code FIELD:<column>} in the format problems, so the declaration fails its technical checks.
 *
 * <p>Thread-safe: each thread has a factory of its own, configured once, which hands its last
 * reader out again once that was closed (issue 17: building a StAX reader was a sixth of the
 * parse of a one-declaration message).
 */
public final class DeclarationXmlReader {

    /** Longest field text kept; no field of the standard comes near it (the longest allows 36). */
    public static final int MAX_FIELD_CHARS = 4096;
    /** Limits of {@link #read}, which keeps a whole message in memory. */
    public static final int DEFAULT_MAX_LINES = 250_000;
    public static final long DEFAULT_MAX_TEXT_CHARS = 50_000_000L;
    /**
     * Stored instead of an unreadable field value: longer than any column allows and not a number,
     * date or code, so every format check of the column fails on it.
     */
    public static final String MALFORMED_MARKER = "<field not readable: too long, repeated or nested>";

    private static final String ROOT = "Bericht";
    private static final int MAX_DEPTH = 32;
    private static final String PRESTATIE = "Declaratie/Clienten/Client/Prestaties/Prestatie";
    private static final String CLIENT = "Declaratie/Clienten/Client";
    private static final String CLIENTEN = "Declaratie/Clienten";
    private static final String BSN_PATH = CLIENT + "/Bsn";
    private static final String XSD_BASIS = "Header/XsdVersie/BasisschemaXsdVersie";
    private static final String XSD_MESSAGE = "Header/XsdVersie/BerichtXsdVersie";

    private static final Map<String, DeclarationColumn> HEADER_PATHS = Map.ofEntries(
            Map.entry("Header/Afzender", DeclarationColumn.PROVIDER_AGB),
            Map.entry("Header/Ontvanger", DeclarationColumn.MUNICIPALITY_CODE),
            Map.entry("Header/BerichtIdentificatie/Identificatie", DeclarationColumn.MESSAGE_ID),
            Map.entry("Header/BerichtIdentificatie/Dagtekening", DeclarationColumn.MESSAGE_DATE),
            Map.entry("Declaratie/DeclaratieNummer", DeclarationColumn.DECLARATION_NUMBER),
            Map.entry("Declaratie/DeclaratiePeriode/Begindatum", DeclarationColumn.PERIOD_START),
            Map.entry("Declaratie/DeclaratiePeriode/Einddatum", DeclarationColumn.PERIOD_END),
            Map.entry("Declaratie/DeclaratieDagtekening", DeclarationColumn.DECLARATION_DATE),
            Map.entry("Declaratie/TotaalIngediendBedrag/TotaalBedrag", DeclarationColumn.TOTAL_CENTS),
            Map.entry("Declaratie/TotaalIngediendBedrag/DebetCredit", DeclarationColumn.TOTAL_DC));

    private static final Map<String, DeclarationColumn> LINE_PATHS = Map.ofEntries(
            Map.entry(PRESTATIE + "/ProductReferentie/ReferentieNummer", DeclarationColumn.REFERENCE),
            Map.entry(PRESTATIE + "/ProductReferentie/VorigReferentieNummer", DeclarationColumn.PREVIOUS_REFERENCE),
            Map.entry(PRESTATIE + "/ToewijzingNummer", DeclarationColumn.ALLOCATION_NUMBER),
            Map.entry(PRESTATIE + "/ProductCategorie", DeclarationColumn.CATEGORY),
            Map.entry(PRESTATIE + "/ProductCode", DeclarationColumn.CODE),
            Map.entry(PRESTATIE + "/ProductPeriode/Begindatum", DeclarationColumn.PRODUCT_START),
            Map.entry(PRESTATIE + "/ProductPeriode/Einddatum", DeclarationColumn.PRODUCT_END),
            Map.entry(PRESTATIE + "/GeleverdVolume", DeclarationColumn.VOLUME),
            Map.entry(PRESTATIE + "/Eenheid", DeclarationColumn.UNIT),
            Map.entry(PRESTATIE + "/ProductTarief", DeclarationColumn.TARIFF_CENTS),
            Map.entry(PRESTATIE + "/IngediendBedrag/Bedrag", DeclarationColumn.AMOUNT_CENTS),
            Map.entry(PRESTATIE + "/IngediendBedrag/DebetCredit", DeclarationColumn.DC));

    /** Receives a message piece by piece: the header once, then every line in document order. */
    public interface Handler {
        void header(MessageHeader header);

        void line(RawLine line);
    }

    private final ThreadLocal<XMLInputFactory> factory = ThreadLocal.withInitial(DeclarationXmlReader::secureFactory);
    private final int maxLines;
    private final long maxTextChars;

    public DeclarationXmlReader() {
        this(DEFAULT_MAX_LINES, DEFAULT_MAX_TEXT_CHARS);
    }

    public DeclarationXmlReader(int maxLines, long maxTextChars) {
        this.maxLines = maxLines;
        this.maxTextChars = maxTextChars;
    }

    /**
     * The JDK's own StAX implementation (not whatever the classpath offers), with DTDs and external
     * entities off: a DOCTYPE is then reported as an event, which {@link #stream} refuses, and
     * nothing is ever fetched.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // The JDK's factory then resets and hands out again the reader it made last, once that was closed
        // (never one left open, e.g. by a failed start); only ever used by the thread that owns the factory.
        f.setProperty("reuse-instance", true);
        // errors become refusals with a reason; the parser must not print them to stderr besides
        f.setXMLReporter((message, errorType, related, location) -> {
        });
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed");
        });
        return f;
    }

    /**
     * Reads the whole message into one {@link RawDeclaration} (format XML). Memory is bounded by
     * the line and text limits given to the constructor; a larger message is refused.
     */
    public ReadResult read(InputStream in) {
        Collector collector = new Collector();
        StreamResult result = stream(in, collector);
        if (result instanceof Refused refused) {
            return refused;
        }
        if (collector.refusal != null) {
            return new Refused(collector.refusal);
        }
        StreamResult.Completed completed = (StreamResult.Completed) result;
        MessageHeader header = completed.header();
        RawDeclaration declaration = new RawDeclaration(
                RawDeclaration.SourceFormat.XML,
                header.fields(),
                Collections.unmodifiableList(collector.lines),
                completed.formatProblems());
        return new ReadResult.Declaration(declaration, header);
    }

    /**
     * Streams the message: {@link Handler#header} once (before the first line, or at the end of a
     * message without lines), then {@link Handler#line} per Prestatie in document order. Memory use
     * does not grow with the number of lines. Exceptions thrown by the handler pass through.
     */
    public StreamResult stream(InputStream in, Handler handler) {
        XMLStreamReader reader;
        try {
            reader = factory.get().createXMLStreamReader(new MarkupGuardReader(new InputStreamReader(in, utf8Decoder())));
        } catch (XMLStreamException e) {
            return new Refused(refusalReason(e));
        }
        try {
            return new Parse(reader, handler).run();
        } catch (MessageRefusedException e) {
            return new Refused(e.getMessage());
        } finally {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // closing a StAX reader never closes the caller's stream; nothing to clean up
            }
        }
    }

    /**
     * iJw and iWmo messages are UTF-8; decoding here (instead of by the parser) lets
     * {@link MarkupGuardReader} see characters, and turns any other encoding into a clear refusal.
     */
    private static CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The reason a parse failed, from the file's fault. A failing disk is a failure of the run,
     * not a fault of the file, and is thrown as {@link UncheckedIOException}.
     */
    private static String refusalReason(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof MessageRefusedException refused) {
                return refused.getMessage();
            }
            if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
                return "not UTF-8 text" + at(e);
            }
            if (t instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        return notWellFormed(e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x ? x.getNestedException() : null;
    }

    private static String at(XMLStreamException e) {
        return e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? " at line " + e.getLocation().getLineNumber()
                : "";
    }

    private static String notWellFormed(XMLStreamException e) {
        StringBuilder reason = new StringBuilder("not well-formed XML").append(at(e));
        String message = e.getMessage();
        if (message != null) {
            int at = message.indexOf("Message: ");
            message = at >= 0 ? message.substring(at + "Message: ".length()) : message;
            reason.append(": ").append(sanitize(message));
        }
        return reason.toString();
    }

    /** Parser messages may name content; keep them short and never let a BSN-like number through. */
    private static String sanitize(String message) {
        String oneLine = message.replaceAll("\\s+", " ").trim();
        String masked = oneLine.replaceAll("\\d{9,}", "<number>");
        return masked.length() > 200 ? masked.substring(0, 200) + "..." : masked;
    }

    /** Collects lines for {@link #read}, within the limits. */
    private final class Collector implements Handler {
        final List<RawLine> lines = new ArrayList<>();
        long textChars;
        String refusal;

        @Override
        public void header(MessageHeader header) {
        }

        @Override
        public void line(RawLine line) {
            if (refusal != null) {
                return;
            }
            for (String value : line.fields().values()) {
                textChars += value.length();
            }
            if (lines.size() >= maxLines) {
                refusal = "message has more than " + maxLines + " lines (Prestaties); split it";
            } else if (textChars > maxTextChars) {
                refusal = "message holds more than " + maxTextChars + " characters of line data; split it";
            } else {
                lines.add(line);
            }
        }
    }

    /** The state of one parse; a new one per file. */
    private final class Parse {
        private final XMLStreamReader reader;
        private final Handler handler;
        private final List<String> paths = new ArrayList<>();
        private final Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
        private final Set<String> problems = new LinkedHashSet<>();
        private final Map<String, String> xsd = new HashMap<>();
        private MessageStandard standard;
        private MessageHeader handedOutHeader;
        private long lineCount;

        // the field being read, if any
        private String fieldPath;
        private final StringBuilder text = new StringBuilder();
        private boolean fieldOverflow;
        private boolean fieldNested;

        // the current client and line
        private String clientBsn;
        private boolean clientBsnSeen;
        private boolean clientHasLines;
        private Map<DeclarationColumn, String> line;
        private long linePosition;

        Parse(XMLStreamReader reader, Handler handler) {
            this.reader = reader;
            this.handler = handler;
        }

        StreamResult run() throws MessageRefusedException {
            boolean rootClosed = false;
            int event = reader.getEventType();
            while (true) {
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new MessageRefusedException("DOCTYPE not allowed");
                    case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                            throw new MessageRefusedException("entity references not allowed");
                    case XMLStreamConstants.START_ELEMENT -> startElement();
                    case XMLStreamConstants.END_ELEMENT -> rootClosed = endElement();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
                    case XMLStreamConstants.END_DOCUMENT -> {
                        if (!rootClosed) {
                            throw new MessageRefusedException("no message: the file has no root element");
                        }
                        return completed();
                    }
                    default -> {
                        // comments and processing instructions carry nothing we read
                    }
                }
                event = next();
            }
        }

        private int next() throws MessageRefusedException {
            try {
                if (!reader.hasNext()) {
                    return XMLStreamConstants.END_DOCUMENT;
                }
                return reader.next();
            } catch (XMLStreamException e) {
                throw new MessageRefusedException(refusalReason(e));
            } catch (RuntimeException e) {
                // the JDK parser signals some malformed input with unchecked exceptions
                throw new MessageRefusedException("not well-formed XML at line " + lineNumber());
            }
        }

        private long lineNumber() {
            return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
        }

        private void startElement() throws MessageRefusedException {
            String name = reader.getLocalName();
            if (paths.isEmpty()) {
                checkRoot(name);
                paths.add("");
                return;
            }
            if (paths.size() >= MAX_DEPTH) {
                throw new MessageRefusedException("elements nested deeper than " + MAX_DEPTH + " levels at line " + lineNumber());
            }
            if (fieldPath != null) {
                fieldNested = true;
            }
            String parent = paths.get(paths.size() - 1);
            String path = parent.isEmpty() ? name : parent + "/" + name;
            paths.add(path);

            if (path.equals(CLIENTEN)) {
                handOutHeader();
            } else if (path.equals(CLIENT)) {
                clientBsn = null;
                clientBsnSeen = false;
                clientHasLines = false;
            } else if (path.equals(PRESTATIE)) {
                handOutHeader();
                line = new EnumMap<>(DeclarationColumn.class);
                linePosition = lineNumber();
            } else if (isField(path) && fieldPath == null) {
                fieldPath = path;
                text.setLength(0);
                fieldOverflow = false;
                fieldNested = false;
            }
        }

        private boolean isField(String path) {
            return HEADER_PATHS.containsKey(path) || LINE_PATHS.containsKey(path)
                    || path.equals(BSN_PATH) || path.equals(XSD_BASIS) || path.equals(XSD_MESSAGE);
        }

        private void checkRoot(String name) throws MessageRefusedException {
            String namespace = reader.getNamespaceURI();
            standard = MessageStandard.byDeclarationNamespace(namespace);
            if (standard == null) {
                throw new MessageRefusedException("not a JW323 or WMO323 message: root namespace '"
                        + sanitize(namespace == null ? "" : namespace) + "'");
            }
            if (!ROOT.equals(name)) {
                throw new MessageRefusedException("not a JW323 or WMO323 message: root element '" + sanitize(name) + "'");
            }
            header.put(DeclarationColumn.LAW, standard.law().name());
        }

        /** Returns true when the root element closed. */
        private boolean endElement() {
            String path = paths.remove(paths.size() - 1);
            if (path.equals(fieldPath)) {
                endField(path);
            } else if (path.equals(PRESTATIE)) {
                endLine();
            }
            return paths.isEmpty();
        }

        private void endField(String path) {
            String value = (fieldOverflow || fieldNested) ? MALFORMED_MARKER : text.toString().strip();
            boolean malformed = fieldOverflow || fieldNested;
            fieldPath = null;
            text.setLength(0);
            if (path.equals(XSD_BASIS) || path.equals(XSD_MESSAGE)) {
                xsd.putIfAbsent(path, malformed ? null : value);
                return;
            }
            if (path.equals(BSN_PATH)) {
                if (clientBsnSeen || clientHasLines) {
                    // a second Bsn, or one after its Prestaties: the lines cannot be tied to one client
                    clientBsn = MALFORMED_MARKER;
                    problems.add(problem(DeclarationColumn.BSN));
                } else {
                    clientBsn = value;
                }
                clientBsnSeen = true;
                if (malformed) {
                    problems.add(problem(DeclarationColumn.BSN));
                }
                return;
            }
            DeclarationColumn column = HEADER_PATHS.get(path);
            if (column != null) {
                if (handedOutHeader != null || header.containsKey(column)) {
                    // too late or twice: the header already went out, or the field is ambiguous
                    header.put(column, MALFORMED_MARKER);
                    problems.add(problem(column));
                } else {
                    header.put(column, value);
                }
            } else {
                column = LINE_PATHS.get(path);
                if (line.containsKey(column)) {
                    value = MALFORMED_MARKER;
                    malformed = true;
                }
                line.put(column, value);
            }
            if (malformed) {
                problems.add(problem(column));
            }
        }

        private void endLine() {
            if (clientBsnSeen || clientBsn != null) {
                line.put(DeclarationColumn.BSN, clientBsn);
            }
            clientHasLines = true;
            lineCount++;
            RawLine raw = new RawLine(linePosition, Collections.unmodifiableMap(line));
            line = null;
            handler.line(raw);
        }

        private void characters() {
            if (fieldPath == null || fieldOverflow || paths.isEmpty()
                    || !fieldPath.equals(paths.get(paths.size() - 1))) {
                return;
            }
            char[] chars = reader.getTextCharacters();
            int start = reader.getTextStart();
            int end = start + reader.getTextLength();
            if (text.length() == 0) {
                while (start < end && Character.isWhitespace(chars[start])) {
                    start++;
                }
            }
            int room = MAX_FIELD_CHARS - text.length();
            if (end - start > room) {
                fieldOverflow = true;
                return;
            }
            text.append(chars, start, end - start);
        }

        private void handOutHeader() {
            if (handedOutHeader == null) {
                handedOutHeader = new MessageHeader(standard, header, xsdVersion(), new ArrayList<>(problems));
                handler.header(handedOutHeader);
            }
        }

        private XsdVersion xsdVersion() {
            return new XsdVersion(xsd.get(XSD_BASIS), xsd.get(XSD_MESSAGE));
        }

        private StreamResult completed() {
            handOutHeader();
            MessageHeader last = new MessageHeader(standard, header, xsdVersion(), new ArrayList<>(problems));
            return new StreamResult.Completed(last, lineCount, last.formatProblems());
        }
    }

    static String problem(DeclarationColumn column) {
        return "FIELD:" + column.columnName();
    }
}
