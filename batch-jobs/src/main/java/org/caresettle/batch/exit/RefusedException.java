package org.caresettle.batch.exit;

/**
 * Input or arguments that stop the whole run before anything is changed: the command exits
 * with status 2 and prints the message (which must name the file, line and rule where there
 * is one) on standard error.
 */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
