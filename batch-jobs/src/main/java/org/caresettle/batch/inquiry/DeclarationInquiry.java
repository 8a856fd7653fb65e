package org.caresettle.batch.inquiry;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down from a DIRECT invoice line to the declaration lines behind it, with the
 * declarations they came in with and the answers those got. The database does not record which
 * lines each version saw, so every accepted line of the period is listed (as explain does); the
 * version's detail file holds exactly the lines that version counted.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationInquiry {

    /** A large provider has thousands of lines per product: the page shows an example, the detail file all. */
    public static final int SHOWN = 500;

    private final DeclarationQueries queries;

    DeclarationInquiry(DeclarationQueries queries) {
        this.queries = queries;
    }

    /** Empty when no accepted line of the period is booked on that invoice line. */
    public Optional<LinesBehindView> linesBehind(InvoiceLineRef line) {
        DeclarationQueries.Found found = queries.linesBehind(line, SHOWN);
        if (found.count() == 0) {
            return Optional.empty();
        }
        Set<Long> declarations = new LinkedHashSet<>();
        found.shown().forEach(l -> declarations.add(l.declarationId()));
        return Optional.of(new LinesBehindView(line, found.shown(), found.count(), queries.declarations(declarations)));
    }
}
