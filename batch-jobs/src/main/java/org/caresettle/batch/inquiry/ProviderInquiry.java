package org.caresettle.batch.inquiry;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What providers sent (issue 13, page 5): per provider and period the declarations and lines
 * received, accepted and rejected, and the return codes given, from the declaration tables as
 * ingest stored them; and one provider's declarations over time. Figures only: no line, client or
 * amount of a client leaves this class.
 */
@Service
@Transactional(readOnly = true)
public class ProviderInquiry {

    /** Declarations listed on a provider's page; the figures per period count all of them. */
    public static final int DECLARATIONS_SHOWN = 500;

    private final ProviderQueries queries;
    private final ReferenceNamesRepository names;

    ProviderInquiry(ProviderQueries queries, ReferenceNamesRepository names) {
        this.queries = queries;
        this.names = names;
    }

    /** Every provider that sent a declaration, by AGB code, each period oldest first. */
    public List<ProviderFigures> providers() {
        return queries.figures(null);
    }

    /** One provider's figures per period; empty when it never sent a declaration. */
    public List<ProviderFigures> provider(String agb) {
        return queries.figures(agb);
    }

    /** The provider's latest {@link #DECLARATIONS_SHOWN} declarations, the latest received first. */
    public List<ProviderDeclaration> declarations(String agb) {
        return queries.declarations(agb, DECLARATIONS_SHOWN);
    }

    public long declarationCount(String agb) {
        return queries.declarationCount(agb);
    }

    public ReferenceNames names() {
        return names.names();
    }
}
