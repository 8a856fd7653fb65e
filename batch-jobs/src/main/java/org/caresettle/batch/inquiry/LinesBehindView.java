package org.caresettle.batch.inquiry;

import java.util.List;

/**
 * The declaration lines behind a DIRECT invoice line: the first {@code shown} of {@code count} in the
 * order received, and the declarations they came in with and the answers those got.
 */
public record LinesBehindView(InvoiceLineRef line, List<LineBehind> shown, long count,
        List<DeclarationAnswer> declarations) {

    public LinesBehindView {
        shown = List.copyOf(shown);
        declarations = List.copyOf(declarations);
    }

    public long notShown() {
        return count - shown.size();
    }
}
