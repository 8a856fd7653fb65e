package org.caresettle.batch.export;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The Dutch texts of the workbooks: sheet names and headers from {@code i18n/exports}, column names and
 * labels the console shows too ({@code col.*}, {@code linetype.*}, {@code financing.*}) from
 * {@code i18n/pages}, so a workbook and the invoice page call a thing the same. An unknown key (a line
 * type added later) shows as itself rather than failing the export.
 */
record WorkbookTexts(MessageSource messages) {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }

    /** A label for a code ({@code linetype.DIRECT}); an empty code stays empty. */
    String label(String prefix, String code) {
        return code == null || code.isEmpty() ? "" : messages.getMessage(prefix + code, null, code, DUTCH);
    }
}
