package org.caresettle.core.value;

/** A text that does not have the format SPEC section 2 requires of a value. */
public class ValueFormatException extends IllegalArgumentException {

    public ValueFormatException(String message) {
        super(message);
    }
}
