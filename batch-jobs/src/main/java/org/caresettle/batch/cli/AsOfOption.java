package org.caresettle.batch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of YYYY-MM-DD}: the business date; today when not given. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The business date (default: today).")
    LocalDate date;

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date YYYY-MM-DD: '" + text + "'");
            }
        }
    }
}
