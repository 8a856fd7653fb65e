package org.caresettle.batch.console;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A moment as the console shows it: in the region's time zone, "7 december 2026 14:03" in Dutch
 * and "7 December 2026 14:03" in English. The database keeps UTC.
 */
public final class DisplayTime {

    private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");
    private static final String PATTERN = "d MMMM yyyy HH:mm";

    private DisplayTime() {
    }

    public static String of(Instant moment, Locale locale) {
        return moment == null ? "" : DateTimeFormatter.ofPattern(PATTERN, locale).format(moment.atZone(REGION));
    }

    /** A time stored as UTC without its zone, as the run log keeps it. */
    public static String ofUtc(LocalDateTime utc, Locale locale) {
        return utc == null ? "" : of(utc.toInstant(ZoneOffset.UTC), locale);
    }
}
