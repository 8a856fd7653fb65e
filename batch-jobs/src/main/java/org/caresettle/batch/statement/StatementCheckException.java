package org.caresettle.batch.statement;

/**
 * A statement file that does not hold: unreadable, or a sum that does not add up. The message
 * names the file and the line (header = line 1), so an auditor can go straight to it.
 */
public class StatementCheckException extends RuntimeException {

    public StatementCheckException(String file, long line, String message) {
        super(file + (line > 0 ? " line " + line : "") + ": " + message);
    }
}
