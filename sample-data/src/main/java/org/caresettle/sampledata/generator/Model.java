package org.caresettle.sampledata.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generated reference data as plain mutable holders (package-private, built once, then only read). */
final class Model {

    private Model() {
    }

    static final class Region {
        final String code;
        final List<Municipality> municipalities = new ArrayList<>();
        final List<Provider> providers = new ArrayList<>();

        Region(String code) {
            this.code = code;
        }
    }

    static final class Municipality {
        final int index;
        final String code;
        final String name;
        final Region region;
        final double weight;
        /** Expected cost per law (JW, WMO) over the generated months, for budgets.csv. */
        final double[] expectedCost = new double[2];

        Municipality(int index, String code, String name, Region region, double weight) {
            this.index = index;
            this.code = code;
            this.name = name;
            this.region = region;
            this.weight = weight;
        }
    }

    enum Format {
        XML, CSV_COMMA, CSV_SEMICOLON
    }

    static final class Provider {
        final int index;
        final String agb;
        final String name;
        final String law;
        /** Two letters that start the provider's message ids, declaration numbers and references. */
        final String prefix;
        final Format format;
        final List<ProductSpec> products = new ArrayList<>();
        /** Category 45 contracted with an empty code (aspecific allocations possible). */
        boolean aspecific45;
        final List<Region> regions = new ArrayList<>();
        final Map<Region, List<Arrangement>> arrangements = new LinkedHashMap<>();

        Provider(int index, String agb, String name, String law, String prefix, Format format) {
            this.index = index;
            this.agb = agb;
            this.name = name;
            this.law = law;
            this.prefix = prefix;
            this.format = format;
        }

        /**
         * The arrangement that prices a line, as SPEC 4.2 0611 finds it: valid on the day, same
         * category, the specific code before an empty one. Null when none.
         */
        Arrangement arrangement(Region region, String category, String code, int day) {
            Arrangement aspecific = null;
            for (Arrangement a : arrangements.getOrDefault(region, List.of())) {
                if (a.validFrom <= day && day <= a.validTo && a.product.category().equals(category)) {
                    if (a.code.equals(code)) {
                        return a;
                    }
                    if (a.code.isEmpty()) {
                        aspecific = a;
                    }
                }
            }
            return aspecific;
        }

        /** Highest tariff of any arrangement in the region and category (for allocation budgets). */
        long maxTariff(Region region, String category) {
            long max = 0;
            for (Arrangement a : arrangements.getOrDefault(region, List.of())) {
                if (a.product.category().equals(category)) {
                    max = Math.max(max, a.tariff);
                }
            }
            return max;
        }
    }

    static final class Arrangement {
        final String id;
        final Provider provider;
        final Region region;
        final ProductSpec product;
        /** Empty: every code of the category. */
        final String code;
        final String financing;
        final String unit;
        /** -1: no tariff (unit 83 or AVAILABILITY). */
        final long tariff;
        final int validFrom;
        final int validTo;
        final int withholdBp;
        final int partialReleaseBp;
        /** -1 unless AVAILABILITY. */
        final long annualAmount;

        Arrangement(String id, Provider provider, Region region, ProductSpec product, String code, String financing,
                String unit, long tariff, int validFrom, int validTo, int withholdBp, int partialReleaseBp,
                long annualAmount) {
            this.id = id;
            this.provider = provider;
            this.region = region;
            this.product = product;
            this.code = code;
            this.financing = financing;
            this.unit = unit;
            this.tariff = tariff;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.withholdBp = withholdBp;
            this.partialReleaseBp = partialReleaseBp;
            this.annualAmount = annualAmount;
        }
    }

    static final class Allocation {
        final String number;
        final Municipality municipality;
        final String bsn;
        final Provider provider;
        final ProductSpec product;
        /** Empty: aspecific (any code of the category). */
        final String code;
        final int start;
        final int end;
        final long volume;
        final String unit;
        final String frequency;
        /** -1: no budget. */
        long budget = -1;
        final boolean deleted;
        /** Lines per month the provider splits its delivery into (1, 2 or 4). */
        final int split;

        Allocation(String number, Municipality municipality, String bsn, Provider provider, ProductSpec product,
                String code, int start, int end, long volume, String unit, String frequency, boolean deleted,
                int split) {
            this.number = number;
            this.municipality = municipality;
            this.bsn = bsn;
            this.provider = provider;
            this.product = product;
            this.code = code;
            this.start = start;
            this.end = end;
            this.volume = volume;
            this.unit = unit;
            this.frequency = frequency;
            this.deleted = deleted;
            this.split = split;
        }
    }

    record Outcome(Allocation allocation, int reportedOn, String outcome) {
    }
}
