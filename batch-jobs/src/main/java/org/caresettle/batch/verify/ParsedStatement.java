package org.caresettle.batch.verify;

import java.util.List;
import org.caresettle.batch.statement.StatementCheckException;
import org.caresettle.core.settlement.StatementLine;

/** One invoice or payment file read back: its lines as the core's records, each with its line in the file. */
record ParsedStatement(String file, String owner, List<StatementLine> lines, List<Long> lineNumbers) {

    ParsedStatement {
        lines = List.copyOf(lines);
        lineNumbers = List.copyOf(lineNumbers);
    }

    long lineOf(int index) {
        return lineNumbers.get(index);
    }

    long lastLine() {
        return lineNumbers.isEmpty() ? 1 : lineNumbers.get(lineNumbers.size() - 1);
    }

    StatementCheckException error(int index, String message) {
        return new StatementCheckException(file, lineOf(index), message);
    }
}
