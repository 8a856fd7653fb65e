package org.caresettle.core.reference.check;

/**
 * A broken rule of a reference file: where (file name and physical line, 1 = header), which
 * rule (a stable id such as {@code FORMAT:valid_from} or {@code ARRANGEMENT_OVERLAP}) and a plain
 * message. A message never holds a BSN.
 */
public record ReferenceViolation(String fileName, int lineNumber, String rule, String message) {

    /** The form the batch shell prints on standard error: {@code file:line: rule: message}. */
    @Override
    public String toString() {
        return fileName + ":" + lineNumber + ": " + rule + ": " + message;
    }
}
