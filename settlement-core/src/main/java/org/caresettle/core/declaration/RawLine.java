package org.caresettle.core.declaration;

import java.util.Map;

/**
 * One declared line as read, before any check: the line fields of {@link DeclarationColumn}
 * as trimmed text ({@code null} or empty when absent). {@code position} says where it stood
 * in its file (CSV row number or XML line number) so an answer can point at it.
 */
public record RawLine(long position, Map<DeclarationColumn, String> fields) {

    public String get(DeclarationColumn column) {
        return fields.get(column);
    }
}
