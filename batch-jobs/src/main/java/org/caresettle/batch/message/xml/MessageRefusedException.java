package org.caresettle.batch.message.xml;

import java.io.IOException;

/**
 * A declaration message that cannot be read as one (not XML, a DOCTYPE, too deep, not a
 * JW323/WMO323, a construct too long to hold): the file is answered as refused, the run goes on.
 * Internal to reading: {@link DeclarationXmlReader} turns it into a {@link Refused} result. An
 * {@link IOException} because {@link MarkupGuardReader} must throw it through the StAX parser, which
 * passes only I/O errors from its reader; a refusal of the whole run is the shell's
 * {@link org.caresettle.batch.exit.RefusedException}.
 */
final class MessageRefusedException extends IOException {

    MessageRefusedException(String reason) {
        super(reason);
    }

    /** Raised once per refused file; the reason names the place, a stack trace would add nothing. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
