package org.caresettle.core.pooling;

/**
 * Pooled money of a municipality the region's key does not share out. Settling anyway would lose
 * that money from the region's total, so the shell stops the run (exit status 2) instead.
 */
public class MissingKeyShareException extends IllegalArgumentException {

    public MissingKeyShareException(String message) {
        super(message);
    }
}
