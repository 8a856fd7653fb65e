package org.caresettle.core.settlement;

import java.util.Comparator;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Unit;

/**
 * What identifies a statement line within a period: the columns of SPEC 9 that are not sums. It is
 * the key that corrections match versions on. A column that does not apply is {@code null}.
 * Financing and unit are part of the key because a product whose arrangement changed financing or
 * whose allocations use different units within one period would otherwise add up unlike things.
 */
public record StatementLineKey(
        LineType type,
        MunicipalityCode municipality,
        AgbCode provider,
        Law law,
        String category,
        String code,
        Financing financing,
        Unit unit) {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    private static final Comparator<StatementLineKey> PRODUCT = Comparator
            .comparing(StatementLineKey::law, Comparator.nullsFirst(Comparator.<Law>naturalOrder()))
            .thenComparing(StatementLineKey::category, TEXT)
            .thenComparing(StatementLineKey::code, TEXT)
            .thenComparing(StatementLineKey::financing, Comparator.nullsFirst(Comparator.<Financing>naturalOrder()))
            .thenComparing(k -> k.unit() == null ? null : k.unit().code(), TEXT);

    /** Invoice order (SPEC 9): per municipality by type, then provider, law, category, code. */
    public static final Comparator<StatementLineKey> INVOICE_ORDER = Comparator
            .comparing(StatementLineKey::municipality, Comparator.nullsFirst(Comparator.<MunicipalityCode>naturalOrder()))
            .thenComparing(StatementLineKey::type)
            .thenComparing(StatementLineKey::provider, Comparator.nullsFirst(Comparator.<AgbCode>naturalOrder()))
            .thenComparing(PRODUCT);

    /** Payment order: per provider by type, then municipality, law, category, code. */
    public static final Comparator<StatementLineKey> PAYMENT_ORDER = Comparator
            .comparing(StatementLineKey::provider, Comparator.nullsFirst(Comparator.<AgbCode>naturalOrder()))
            .thenComparing(StatementLineKey::type)
            .thenComparing(StatementLineKey::municipality, Comparator.nullsFirst(Comparator.<MunicipalityCode>naturalOrder()))
            .thenComparing(PRODUCT);
}
