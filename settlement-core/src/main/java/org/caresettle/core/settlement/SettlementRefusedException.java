package org.caresettle.core.settlement;

/**
 * Input that a period cannot be settled on. Settling anyway would lose or invent money, so the
 * shell stops the run with exit status 2 and shows the message, which names what to fix.
 */
public class SettlementRefusedException extends RuntimeException {

    public SettlementRefusedException(String message) {
        super(message);
    }
}
