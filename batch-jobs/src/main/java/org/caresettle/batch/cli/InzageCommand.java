package org.caresettle.batch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.files.AtomicFiles;
import org.caresettle.batch.inzage.Inzage;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.ValueFormatException;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code inzage --out FILE} (issue 16 item 4, AVG article 15): everything the engine holds about one
 * person, as one Dutch HTML document. The BSN is read from standard input, never from an argument
 * (which {@code ps}, the shell history and the run log would keep), and is checked (9 digits, 11-proof)
 * before Spring starts; it is never printed or logged. The request is recorded in the audit trail
 * by the OS user ({@code cli:<user>}) with the person's pseudonym. A file that exists is not replaced.
 */
@Command(name = "inzage", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Everything recorded about one person (AVG art. 15), as one Dutch HTML document; "
                + "the BSN is read from standard input.")
final class InzageCommand extends ContextCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The document to write (HTML); its folder must exist and the file must not.")
    Path out;

    private Bsn bsn;

    @Override
    void check() {
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": its folder does not exist");
        }
        if (Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": exists already (never replaced)");
        }
        bsn = readBsn();
    }

    /** The first line of standard input, spaces around it ignored; the message never shows what was typed. */
    private Bsn readBsn() {
        String line;
        try {
            // Not closed: standard input belongs to the process.
            line = new BufferedReader(new InputStreamReader(in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null || line.isBlank()) {
            throw new ParameterException(spec.commandLine(), "no BSN on standard input");
        }
        try {
            return Bsn.of(line.strip());
        } catch (ValueFormatException e) {
            throw new ParameterException(spec.commandLine(), "standard input: not a valid BSN (" + e.getMessage() + ")");
        }
    }

    @Override
    RunRequest request() {
        return new RunRequest(name(), Map.of("out", out.toString()), null, null, null, null);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws IOException {
        long started = System.nanoTime();
        Inzage.Answer answer = context.getBean(Inzage.class).answer(bsn, RunRequest.commandLineUser(), null);
        byte[] html = answer.html().getBytes(StandardCharsets.UTF_8);
        if (!AtomicFiles.writeIfAbsent(out, stream -> stream.write(html))) {
            throw new RefusedException("--out " + out + ": exists already (never replaced)");
        }
        log.println("inzage: wrote " + out + (answer.records().isEmpty() ? ": nothing is recorded about this person"
                : ": " + answer.records().allocations().size() + " allocations, " + answer.records().lines().size()
                        + " declaration lines, " + answer.records().outcomes().size() + " outcomes, "
                        + answer.records().versions().size() + " statement versions")
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return ExitCode.DONE;
    }
}
