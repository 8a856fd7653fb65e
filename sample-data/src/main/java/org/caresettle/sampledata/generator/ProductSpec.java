package org.caresettle.sampledata.generator;

import java.util.List;

/**
 * A product of the generated catalogue with how it is financed and how allocations for it look.
 * Categories are real codes of the basisschema's LDT_ProductCategorie (JW) and the Wmo categories
 * of the West-Friesland sample; the product codes are made up in the style of that sample.
 */
record ProductSpec(String law, String category, String code, String description, boolean pooled,
        String financing, String unit, int tariffLow, int tariffHigh, int withholdBp, int partialReleaseBp,
        List<Shape> shapes) {

    /** An allocation shape: frequency and the range of its volume. */
    record Shape(String frequency, long volumeLow, long volumeHigh) {
    }

    static final String PERFORMANCE = "PERFORMANCE";
    static final String RESULT = "RESULT";
    static final String AVAILABILITY = "AVAILABILITY";

    boolean isResult() {
        return RESULT.equals(financing);
    }

    boolean isAvailability() {
        return AVAILABILITY.equals(financing);
    }

    boolean hasTariff() {
        return !"83".equals(unit) && !isAvailability();
    }

    private static Shape s(String frequency, long low, long high) {
        return new Shape(frequency, low, high);
    }

    private static ProductSpec perf(String law, String category, String code, String description, boolean pooled,
            String unit, int low, int high, Shape... shapes) {
        return new ProductSpec(law, category, code, description, pooled, PERFORMANCE, unit, low, high, 0, 0,
                List.of(shapes));
    }

    private static ProductSpec result(String law, String category, String code, String description, boolean pooled,
            String unit, int low, int high, int withholdBp, int partialBp, Shape... shapes) {
        return new ProductSpec(law, category, code, description, pooled, RESULT, unit, low, high, withholdBp, partialBp,
                List.of(shapes));
    }

    /** The whole catalogue, in products.csv order. */
    static final List<ProductSpec> ALL = List.of(
            perf("JW", "41", "41A01", "Dagbehandeling jeugd (dagdeel)", false, "16", 9000, 13000,
                    s("2", 2, 6), s("4", 8, 20)),
            perf("JW", "42", "42A01", "Vervoer naar jeugdhulp (per rit)", false, "84", 1800, 3200,
                    s("2", 4, 10), s("4", 16, 40)),
            perf("JW", "43", "43A01", "Jeugdhulp verblijf incl. behandeling (etmaal)", true, "14", 25000, 40000,
                    s("1", 1, 1), s("4", 31, 31)),
            perf("JW", "44", "44A01", "Jeugdhulp verblijf excl. behandeling, gezinshuis (etmaal)", true, "14", 15000,
                    22000, s("1", 1, 1)),
            perf("JW", "44", "44A02", "Pleegzorg (etmaal)", true, "14", 3000, 5000, s("1", 1, 1)),
            perf("JW", "45", "45A01", "Jeugdhulp ambulant individueel (uur)", false, "04", 7500, 9500,
                    s("2", 1, 4), s("4", 4, 16), s("6", 20, 80)),
            perf("JW", "45", "45A02", "Jeugdhulp ambulant specialistisch (uur)", true, "04", 9500, 12500,
                    s("2", 1, 4), s("4", 4, 16), s("6", 20, 80)),
            perf("JW", "45", "45A03", "Jeugdhulp ambulant gezinsbegeleiding (uur)", false, "04", 6500, 8500,
                    s("2", 1, 4), s("4", 4, 16)),
            new ProductSpec("JW", "46", "46A01", "Jeugdhulp crisisinterventie (beschikbaarheid)", true, AVAILABILITY,
                    "", 0, 0, 0, 0, List.of()),
            result("JW", "47", "47A01", "Jeugdreclassering (maand)", false, "82", 90000, 130000, 0, 0, s("4", 1, 1)),
            result("JW", "48", "48A01", "Jeugdbescherming, voogdij (maand)", false, "82", 110000, 150000, 0, 0,
                    s("4", 1, 1)),
            result("JW", "50", "50M01", "Maatwerkarrangement jeugd (euro)", false, "83", 0, 0, 500, 6000,
                    s("4", 50000, 300000), s("6", 300000, 1500000)),
            perf("JW", "54", "54G01", "Jeugd-ggz behandeling (minuut)", true, "01", 150, 230,
                    s("2", 60, 240), s("4", 240, 960), s("6", 1200, 6000)),
            result("JW", "54", "54R01", "Jeugd-ggz traject (resultaat)", true, "82", 250000, 450000, 1500, 5000,
                    s("6", 1, 2)),
            perf("WMO", "01", "01A01", "Hulp bij het huishouden (uur)", false, "04", 3000, 3800,
                    s("2", 2, 4), s("4", 6, 16)),
            result("WMO", "01", "01R01", "Hulp bij het huishouden, schoon en leefbaar huis (resultaat per maand)",
                    false, "82", 13000, 17000, 0, 0, s("4", 1, 1)),
            perf("WMO", "02", "02A01", "Begeleiding individueel (uur)", false, "04", 5500, 7000,
                    s("2", 1, 6), s("4", 4, 20)),
            perf("WMO", "02", "02A02", "Begeleiding groep (dagdeel)", false, "16", 3800, 4800, s("2", 1, 4)),
            perf("WMO", "03", "03A01", "Dagbesteding (dagdeel)", false, "16", 4800, 5800, s("2", 1, 6)),
            perf("WMO", "04", "04A01", "Kortdurend verblijf (etmaal)", false, "14", 12000, 16000, s("4", 2, 8)));

    static List<ProductSpec> declarable(String law) {
        return ALL.stream().filter(p -> p.law.equals(law) && !p.isAvailability()).toList();
    }
}
