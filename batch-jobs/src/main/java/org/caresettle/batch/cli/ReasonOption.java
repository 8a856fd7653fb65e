package org.caresettle.batch.cli;

import org.caresettle.batch.run.RunRequest;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --reason TEXT} (issue 14): why the run was started, for the auditor. Optional, at most
 * {@value RunRequest#MAX_REASON} characters, kept as given in the run record ({@code run_log} and
 * {@code runs/<run-id>.json}) only: not among the run's arguments, not in any log line.
 */
final class ReasonOption {

    @Option(names = "--reason", paramLabel = "TEXT", converter = ReasonConverter.class,
            description = "Why this run is started (at most " + RunRequest.MAX_REASON + " characters); kept in the "
                    + "run record for the auditor.")
    String reason;

    static final class ReasonConverter implements ITypeConverter<String> {
        @Override
        public String convert(String text) {
            if (text.length() > RunRequest.MAX_REASON) {
                throw new TypeConversionException("at most " + RunRequest.MAX_REASON + " characters, not "
                        + text.length());
            }
            return text;
        }
    }
}
