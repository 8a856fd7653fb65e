package org.caresettle.batch.explain;

import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * The declaration lines a DIRECT invoice line adds up, without its financing: the financing is not
 * stored on a line but found from the arrangement at settlement, and within one provider, product and
 * unit it changes only with a new arrangement, so both DIRECT lines of such a change list the same lines.
 */
record LineGroup(AgbCode provider, Product product, Unit unit) {

    static LineGroup of(StatementLineKey key) {
        return new LineGroup(key.provider(), new Product(key.law(), key.category(), key.code()), key.unit());
    }
}
