/**
 * Reads CSV declaration files of the inbox (SPEC 4 and 14) into {@code RawDeclaration}s, with
 * memory bounded whatever the file size. Entry point: {@link org.caresettle.batch.inbox.csv.CsvDeclarationFile#open}.
 *
 * <p>Choices where SPEC is silent:
 * <ul>
 *   <li>Control characters other than tab, line feed, form feed and carriage return make a file
 *       "not a text file"; a UTF-16 byte order mark makes it "not UTF-8 text".</li>
 *   <li>A record (a row, including line breaks inside quoted cells) may hold at most 64 Ki
 *       characters; a longer one refuses the file, naming the line the record starts on.</li>
 *   <li>The header is line 1. A tie between {@code ;} and {@code ,} in it means a comma. Names
 *       are matched exactly (case too); a duplicated or empty name is wrong. A refusal echoes
 *       only name-like header cells, because a file without header has a data row there.</li>
 *   <li>A row whose cells are all empty (a spreadsheet's {@code ;;;;}) is an empty line and skipped.
 *       A trailing separator on a data row is a 25th cell: {@code FIELD_COUNT}.</li>
 *   <li>Cells missing from a short row read as empty and are not compared for
 *       {@code HEADER_MISMATCH}; problems are listed as {@code FIELD_COUNT} before
 *       {@code HEADER_MISMATCH}. A row's position is the line its record starts on.</li>
 *   <li>Invalid CSV (an unclosed quote, text after a closing quote) refuses the file: "line N is not valid CSV".</li>
 *   <li>An empty file is refused as "empty file".</li>
 * </ul>
 */
package org.caresettle.batch.inbox.csv;
