package org.caresettle.batch.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * The declaration lines behind one DIRECT invoice line: the first {@code cap} in the order they were
 * collected, and how many there are in all (the rest is shown as "and N more": a large provider has
 * thousands of lines per product, and a reader of the explanation wants the example, not the list;
 * the detail files hold every line).
 */
public final class LinesBehind {

    private final int cap;
    private final List<DeclarationLineRef> shown = new ArrayList<>();
    private long count;

    LinesBehind(int cap) {
        this.cap = cap;
    }

    void add(DeclarationLineRef line) {
        count++;
        if (shown.size() < cap) {
            shown.add(line);
        }
    }

    public List<DeclarationLineRef> shown() {
        return List.copyOf(shown);
    }

    public long count() {
        return count;
    }

    public long notShown() {
        return count - shown.size();
    }
}
