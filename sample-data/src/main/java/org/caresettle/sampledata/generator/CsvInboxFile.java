package org.caresettle.sampledata.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV declaration file of SPEC 4: the 24 columns, one row per line, the header fields repeated.
 * Several declarations may follow each other in one file.
 */
final class CsvInboxFile implements AutoCloseable {

    static final String[] COLUMNS = {"message_id", "message_date", "provider_agb", "municipality_code", "law",
        "declaration_number", "period_start", "period_end", "declaration_date", "total_cents", "total_dc", "bsn",
        "reference", "previous_reference", "allocation_number", "category", "code", "product_start", "product_end",
        "volume", "unit", "tariff_cents", "amount_cents", "dc"};

    private final Writer out;
    private final char separator;
    private final String newline;
    int lines;
    int declarations;

    CsvInboxFile(Path path, char separator, boolean bom, boolean crlf) throws IOException {
        this.out = TextFiles.open(path);
        this.separator = separator;
        this.newline = crlf ? "\r\n" : "\n";
        if (bom) {
            out.write('\uFEFF');
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            if (i > 0) {
                out.write(separator);
            }
            out.write(COLUMNS[i]);
        }
        out.write(newline);
    }

    void write(DeclarationHeader h, List<Line> body) throws IOException {
        char s = separator;
        String prefix = h.messageId() + s + h.messageDate() + s + h.providerAgb() + s + h.municipalityCode() + s
                + h.law() + s + h.declarationNumber() + s + h.periodStart() + s + h.periodEnd() + s
                + h.declarationDate() + s + h.total() + s + h.totalDc() + s;
        for (Line line : body) {
            out.write(prefix);
            out.write(line.bsn);
            out.write(s);
            out.write(line.reference);
            out.write(s);
            if (line.previousReference != null) {
                out.write(line.previousReference);
            }
            out.write(s);
            out.write(line.allocationNumber);
            out.write(s);
            out.write(line.category);
            out.write(s);
            out.write(line.code);
            out.write(s);
            out.write(Dates.text(line.productStart));
            out.write(s);
            out.write(Dates.text(line.productEnd));
            out.write(s);
            out.write(Long.toString(line.volume));
            out.write(s);
            out.write(line.unit);
            out.write(s);
            if (line.tariff >= 0) {
                out.write(Long.toString(line.tariff));
            }
            out.write(s);
            out.write(Long.toString(line.amount));
            out.write(s);
            out.write(line.credit ? 'C' : 'D');
            out.write(newline);
        }
        lines += body.size();
        declarations++;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
