package org.caresettle.batch.cli;

import org.caresettle.core.value.Period;
import org.caresettle.core.value.ValueFormatException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --period YYYY-MM}: the month a command works on. */
final class PeriodOption {

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "The period (month) to work on.")
    Period period;

    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String text) {
            try {
                return Period.parse(text);
            } catch (ValueFormatException e) {
                throw new TypeConversionException("must be a month YYYY-MM: '" + text + "'");
            }
        }
    }
}
