package org.caresettle.batch.cli;

/** Bad command-line arguments: exit status 2 with the reason and the usage text. */
public class UsageException extends RefusedException {

    public UsageException(String message) {
        super(message);
    }
}
