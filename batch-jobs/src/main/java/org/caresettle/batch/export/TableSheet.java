package org.caresettle.batch.export;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table on a sheet of a streamed workbook: optional lines about the table, a header row, then rows,
 * each cell of its column's kind. Codes are TEXT cells (with the text format {@code @}), so {@code 0388},
 * unit {@code 04} or period {@code 2026-10} never become a number or a date; amounts are numeric cells in
 * euros with the format {@code € #,##0.00}, which Excel shows in the reader's own (Dutch) notation. A table
 * longer than a sheet allows goes on in a sheet named {@code <name> (2)}, with the header again.
 */
final class TableSheet {

    /** What a column holds; the row's cells are given as the statement files write them. */
    enum Kind {
        /** Text as it is. */
        TEXT,
        /** Cents, shown as euros: {@code 1234550} is {@code € 12.345,50}. */
        EURO_FROM_CENTS,
        /** A whole number (a count, a volume). */
        INTEGER
    }

    record Column(String header, Kind kind, int widthInCharacters) {
    }

    /** The styles of one workbook, made once: a workbook holds at most 64 000 of them. */
    static final class Styles {
        final CellStyle text;
        final CellStyle euro;
        final CellStyle integer;
        final CellStyle header;
        final CellStyle boldText;
        final CellStyle boldEuro;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short textFormat = workbook.createDataFormat().getFormat("@");
            short euroFormat = workbook.createDataFormat().getFormat("€ #,##0.00");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            euro = workbook.createCellStyle();
            euro.setDataFormat(euroFormat);
            spaced(euro);
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            spaced(integer);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(textFormat);
            boldText = workbook.createCellStyle();
            boldText.cloneStyleFrom(header);
            boldEuro = workbook.createCellStyle();
            boldEuro.setDataFormat(euroFormat);
            boldEuro.setFont(bold);
            spaced(boldEuro);
        }

        /** Numbers stand right with a little room, so they do not run into the text column after them. */
        private static void spaced(CellStyle style) {
            style.setAlignment(HorizontalAlignment.RIGHT);
            style.setIndention((short) 1);
        }
    }

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final List<Column> columns;
    private SXSSFSheet sheet;
    private int sheets;
    private int headerRow;
    private int nextRow;

    TableSheet(SXSSFWorkbook workbook, Styles styles, String name, List<Column> columns, List<List<String>> about) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        startSheet(about);
    }

    /** A data row; {@code bold} for a total. */
    void row(List<String> cells, boolean bold) {
        if (nextRow == MAX_ROWS) {
            finishSheet();
            startSheet(List.of());
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            String value = cells.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (columns.get(i).kind()) {
                case TEXT -> {
                    cell.setCellValue(value);
                    cell.setCellStyle(bold ? styles.boldText : styles.text);
                }
                case EURO_FROM_CENTS -> {
                    // Exact: a double holds every cent amount below 2^53 cents, far beyond any invoice.
                    cell.setCellValue(Long.parseLong(value) / 100.0);
                    cell.setCellStyle(bold ? styles.boldEuro : styles.euro);
                }
                case INTEGER -> {
                    cell.setCellValue(Long.parseLong(value));
                    cell.setCellStyle(styles.integer);
                }
            }
        }
    }

    /** Puts a filter on the header of the last sheet; call once, after the last row. */
    void finish() {
        finishSheet();
    }

    private void startSheet(List<List<String>> about) {
        sheets++;
        sheet = workbook.createSheet(sheets == 1 ? name : name + " (" + sheets + ")");
        nextRow = 0;
        for (List<String> line : about) {
            Row row = sheet.createRow(nextRow++);
            for (int i = 0; i < line.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(line.get(i));
                cell.setCellStyle(i == 0 ? styles.boldText : styles.text);
            }
        }
        if (!about.isEmpty()) {
            nextRow++;
        }
        headerRow = nextRow;
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, columns.get(i).widthInCharacters() * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        // Printed (or saved as PDF) landscape and one page wide, with the header row on every page.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private void finishSheet() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
    }
}
