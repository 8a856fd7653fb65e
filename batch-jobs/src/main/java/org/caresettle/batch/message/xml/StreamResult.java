package org.caresettle.batch.message.xml;

import java.util.List;

/**
 * How {@link DeclarationXmlReader#stream} ended. A refusal can come after some lines were handed
 * out (a file truncated halfway); the handler must then drop what it received.
 */
public sealed interface StreamResult permits StreamResult.Completed, Refused {

    /**
     * The message was read to its end. {@code header} and {@code formatProblems} are final here;
     * the header handed out before the first line only had what was found up to then (a header
     * field that comes after the lines is a format problem).
     */
    record Completed(MessageHeader header, long lineCount, List<String> formatProblems) implements StreamResult {
        public Completed {
            formatProblems = List.copyOf(formatProblems);
        }
    }
}
