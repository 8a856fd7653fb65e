package org.caresettle.batch.console;

import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The parts of the console's paths read as values. A part that cannot be one names nothing that
 * exists, so it is a 404 with a message, never a 400 with a stack trace.
 */
final class PathValues {

    private static final int MAX_VERSION_DIGITS = 9;

    private PathValues() {
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (RuntimeException e) {
            throw new NotFound("notfound.period", text);
        }
    }

    static int version(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0," + (MAX_VERSION_DIGITS - 1) + "}")) {
            throw new NotFound("notfound.version", text);
        }
        return Integer.parseInt(text);
    }

    static MunicipalityCode municipality(String text) {
        try {
            return MunicipalityCode.of(text);
        } catch (RuntimeException e) {
            throw new NotFound("notfound.municipality", text);
        }
    }

    static AgbCode provider(String text) {
        try {
            return AgbCode.of(text);
        } catch (RuntimeException e) {
            throw new NotFound("notfound.line");
        }
    }

    static Law law(String text) {
        try {
            return Law.parse(text);
        } catch (RuntimeException e) {
            throw new NotFound("notfound.line");
        }
    }
}
