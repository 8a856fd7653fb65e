package org.caresettle.batch.console;

/**
 * A period, version, municipality, line or file that does not exist (404). Carries the key of a
 * message of {@code i18n/pages} and its arguments, so the answer is in the reader's language.
 */
class NotFound extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    NotFound(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
