package org.caresettle.core.declaration;

import java.util.List;
import java.util.Map;

/**
 * One declaration (message) as read from an inbox file, before any check: the header fields
 * of {@link DeclarationColumn} as text and its lines in file order. {@code formatProblems}
 * holds the rule names a reader already found (for example {@code HEADER_MISMATCH} when CSV rows
 * of one message disagree, or {@code FIELD_COUNT}); any of them fails the technical checks.
 */
public record RawDeclaration(
        SourceFormat format,
        Map<DeclarationColumn, String> header,
        List<RawLine> lines,
        List<String> formatProblems) {

    public String get(DeclarationColumn column) {
        return header.get(column);
    }

    /** How the declaration arrived; it decides whether a JW325/WMO325 answer is written too. */
    public enum SourceFormat {
        CSV,
        XML
    }
}
