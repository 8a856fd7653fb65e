package org.caresettle.batch.message.xml;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.declaration.DeclarationColumn;

/**
 * The header of a JW323/WMO323 message, handed out before its first line: the header columns of
 * {@link DeclarationColumn} as trimmed text (absent elements have no entry; {@code law} is always
 * set, from the namespace), the declaration's XSD versions, and the format problems found so far.
 */
public record MessageHeader(
        MessageStandard standard,
        Map<DeclarationColumn, String> fields,
        XsdVersion xsdVersion,
        List<String> formatProblems) {

    public MessageHeader {
        EnumMap<DeclarationColumn, String> copy = new EnumMap<>(DeclarationColumn.class);
        copy.putAll(fields);
        fields = Collections.unmodifiableMap(copy);
        formatProblems = List.copyOf(formatProblems);
    }

    public String get(DeclarationColumn column) {
        return fields.get(column);
    }
}
