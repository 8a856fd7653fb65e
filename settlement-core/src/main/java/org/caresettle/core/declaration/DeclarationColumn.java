package org.caresettle.core.declaration;

import java.util.List;

/**
 * The 24 fields of a declared line, named as the CSV columns of SPEC section 4. The XML
 * reader maps JW323/WMO323 elements onto the same names, so every check sees one shape
 * whatever the file format. Header fields repeat on every CSV row of one message.
 */
public enum DeclarationColumn {
    MESSAGE_ID("message_id", true),
    MESSAGE_DATE("message_date", true),
    PROVIDER_AGB("provider_agb", true),
    MUNICIPALITY_CODE("municipality_code", true),
    LAW("law", true),
    DECLARATION_NUMBER("declaration_number", true),
    PERIOD_START("period_start", true),
    PERIOD_END("period_end", true),
    DECLARATION_DATE("declaration_date", true),
    TOTAL_CENTS("total_cents", true),
    TOTAL_DC("total_dc", true),
    BSN("bsn", false),
    REFERENCE("reference", false),
    PREVIOUS_REFERENCE("previous_reference", false),
    ALLOCATION_NUMBER("allocation_number", false),
    CATEGORY("category", false),
    CODE("code", false),
    PRODUCT_START("product_start", false),
    PRODUCT_END("product_end", false),
    VOLUME("volume", false),
    UNIT("unit", false),
    TARIFF_CENTS("tariff_cents", false),
    AMOUNT_CENTS("amount_cents", false),
    DC("dc", false);

    public static final List<DeclarationColumn> HEADER = List.of(values()).stream().filter(c -> c.header).toList();
    public static final List<DeclarationColumn> LINE = List.of(values()).stream().filter(c -> !c.header).toList();

    private final String columnName;
    private final boolean header;

    DeclarationColumn(String columnName, boolean header) {
        this.columnName = columnName;
        this.header = header;
    }

    /** The CSV column name, also used in rule names such as {@code FIELD:volume}. */
    public String columnName() {
        return columnName;
    }

    public boolean isHeader() {
        return header;
    }

    public static DeclarationColumn byColumnName(String name) {
        for (DeclarationColumn column : values()) {
            if (column.columnName.equals(name)) {
                return column;
            }
        }
        return null;
    }
}
