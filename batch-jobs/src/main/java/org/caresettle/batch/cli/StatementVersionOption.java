package org.caresettle.batch.cli;

import java.util.OptionalInt;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --version N}: which published version of a period's statements a command reads. Where it
 * appears the command cannot have picocli's standard {@code --version}, so it declares its own
 * {@code --help}.
 */
final class StatementVersionOption {

    @Option(names = "--version", paramLabel = "N", converter = VersionConverter.class,
            description = "The statement version: 1, 2, ... (default: the latest).")
    Integer version;

    OptionalInt version() {
        return version == null ? OptionalInt.empty() : OptionalInt.of(version);
    }

    static final class VersionConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                int version = Integer.parseInt(text);
                if (version >= 1) {
                    return version;
                }
            } catch (NumberFormatException e) {
                // refused below with the same message
            }
            throw new TypeConversionException("must be a version number 1, 2, ...: '" + text + "'");
        }
    }
}
