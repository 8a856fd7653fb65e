package org.caresettle.core.reference.check;

import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Unit;

/**
 * Which unit and amounts each financing type takes (SPEC 3 and 7): PERFORMANCE a unit of effort
 * and a tariff; RESULT unit 82 (with a tariff) or 83; AVAILABILITY an annual amount and no
 * tariff. Withholding is for RESULT only (empty = 0), the annual amount for AVAILABILITY only.
 * The unit of an AVAILABILITY arrangement may be empty: nothing is declared on it.
 */
final class FinancingRules {

    private FinancingRules() {
    }

    record Terms(Financing financing, Unit unit, Long tariffCents, BasisPoints withhold,
            BasisPoints partialRelease, Long annualAmountCents) {
    }

    static void check(CellReader row, String label, Terms terms) {
        Financing financing = terms.financing();
        Unit unit = terms.unit();
        switch (financing) {
            case PERFORMANCE -> {
                if (unit == null || !unit.isEffort()) {
                    row.fail("unit", Rule.FINANCING_UNIT, label + ": PERFORMANCE takes unit 01, 04, 14, 16 or 84, not "
                            + describe(unit));
                }
                if (terms.tariffCents() == null) {
                    row.fail("tariff_cents", Rule.FINANCING_UNIT, label + ": PERFORMANCE needs tariff_cents");
                }
            }
            case RESULT -> {
                if (unit == null || !unit.isResult()) {
                    row.fail("unit", Rule.FINANCING_UNIT, label + ": RESULT takes unit 82 or 83, not " + describe(unit));
                } else if (unit == Unit.PIECE_OUTPUT && terms.tariffCents() == null) {
                    row.fail("tariff_cents", Rule.FINANCING_UNIT, label + ": RESULT with unit 82 needs tariff_cents");
                }
            }
            case AVAILABILITY -> {
                if (terms.annualAmountCents() == null) {
                    row.fail("annual_amount_cents", Rule.FINANCING_UNIT,
                            label + ": AVAILABILITY needs annual_amount_cents");
                }
                if (terms.tariffCents() != null) {
                    row.fail("tariff_cents", Rule.FINANCING_UNIT,
                            label + ": AVAILABILITY takes no tariff_cents (it pays the annual amount)");
                }
            }
            default -> throw new IllegalStateException("unhandled financing " + financing);
        }
        if (financing != Financing.RESULT) {
            requireNoWithholding(row, label, financing, "withhold_bp", terms.withhold());
            requireNoWithholding(row, label, financing, "partial_release_bp", terms.partialRelease());
        }
        if (financing != Financing.AVAILABILITY && terms.annualAmountCents() != null) {
            row.fail("annual_amount_cents", Rule.FINANCING_UNIT,
                    label + ": annual_amount_cents is for AVAILABILITY only, not " + financing);
        }
    }

    private static void requireNoWithholding(CellReader row, String label, Financing financing, String column,
            BasisPoints value) {
        if (value != null && value.value() != 0) {
            row.fail(column, Rule.FINANCING_UNIT, label + ": " + column + " is for RESULT only, not " + financing);
        }
    }

    private static String describe(Unit unit) {
        return unit == null ? "an empty unit" : "unit " + unit.code();
    }
}
