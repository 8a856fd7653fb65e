package org.caresettle.core.signals;

import java.util.List;
import java.util.Map;

/**
 * One client declared in P by more than one provider: per provider the references of its accepted debit
 * lines for that client. The client itself is not named.
 */
public record SharedClient(Map<String, List<String>> referencesByProvider) {

    public SharedClient {
        referencesByProvider = Map.copyOf(referencesByProvider);
    }
}
