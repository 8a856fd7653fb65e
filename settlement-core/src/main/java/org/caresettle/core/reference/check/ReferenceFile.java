package org.caresettle.core.reference.check;

import java.util.List;

/**
 * The reference data files of SPEC section 3 with their exact column names, in load order:
 * a file only refers to files before it, so municipalities come first and outcomes last.
 */
public enum ReferenceFile {
    MUNICIPALITIES("municipalities.csv", "municipality_code", "name", "region_code"),
    PROVIDERS("providers.csv", "agb_code", "name"),
    PRODUCTS("products.csv", "law", "category", "code", "description", "pooled"),
    ARRANGEMENTS("arrangements.csv", "arrangement_id", "provider_agb", "region_code", "law", "category", "code",
            "financing", "unit", "tariff_cents", "valid_from", "valid_to", "withhold_bp", "partial_release_bp",
            "annual_amount_cents"),
    ALLOCATIONS("allocations.csv", "allocation_number", "municipality_code", "bsn", "provider_agb", "law",
            "category", "code", "start_date", "end_date", "volume", "unit", "frequency", "budget_cents", "status"),
    POOLING_KEYS("pooling_keys.csv", "region_code", "year", "municipality_code", "share"),
    BUDGETS("budgets.csv", "municipality_code", "year", "law", "budget_cents"),
    OUTCOMES("outcomes.csv", "allocation_number", "municipality_code", "reported_on", "outcome");

    private final String fileName;
    private final List<String> columns;

    ReferenceFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    /** The column names in the order SPEC lists them; a file may order them freely. */
    public List<String> columns() {
        return columns;
    }

    /** The file of this name, or {@code null} when it is not a reference file. */
    public static ReferenceFile byFileName(String name) {
        for (ReferenceFile file : values()) {
            if (file.fileName.equals(name)) {
                return file;
            }
        }
        return null;
    }
}
