package org.caresettle.batch.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command a guide shows in a fenced {@code sh} block is run, top to bottom, as a reader at
 * the root of the repository would type it, and must end with the exit status the guide states
 * ({@code # exit N}, default 0). See {@link GuideScript} for how the blocks are read.
 *
 * <p>How the reader's machine is stood in for, per guide:
 * <ul>
 * <li>a fresh workspace folder plays the repository root: it holds copies of
 *     {@code sample-data/west-friesland}, {@code sample-data/spec-example} and {@code docs/examples};
 *     every relative path of a command ({@code --data}, {@code --out}, {@code --pooling-key}, {@code cp},
 *     {@code sha256sum}) is taken relative to it, so {@code --out out} writes to {@code WORKSPACE/out} and the samples
 *     in the repository are never changed. Absolute paths are refused: a guide that needs one shows
 *     it in a {@code shell} block;</li>
 * <li>{@code java -jar batch-jobs/target/settlement.jar ARGS} runs in-process through {@link CliRun}
 *     against a fresh H2 database (its {@code --spring.datasource.*} arguments are added), which
 *     stands in for the default {@code var/} database; the whole guide shares it;</li>
 * <li>{@code cp [-r] SOURCE... TARGET} copies as cp does; {@code sha256sum FILE...} checks that the
 *     files exist. Any other command in an {@code sh} block fails the test.</li>
 * </ul>
 */
@SlowTest
class GuideCommandsTest {

    static final Path DOCS = Path.of("../docs").toAbsolutePath().normalize();
    private static final Set<String> PATH_OPTIONS = Set.of("--data", "--out", "--pooling-key");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"operator-guide.md", "finance-guide.md", "auditor-guide.md"})
    void everyCommandOfTheGuideWorksAsShown(String guide) throws IOException {
        GuideScript script = GuideScript.read(DOCS.resolve(guide));
        assertThat(script.commands()).as("commands in ```sh blocks of " + guide)
                .anyMatch(GuideScript.Command::isSettlement);

        Path workspace = workspace();
        try (TestDatabase database = TestDatabases.h2()) {
            for (GuideScript.Command command : script.commands()) {
                run(command, workspace, database);
            }
        }
    }

    @Test
    void theConventionsAreReadAsDocumented() throws IOException {
        Path guide = temp.resolve("guide.md");
        Files.writeString(guide, """
                ```sh
                # a comment
                java -jar batch-jobs/target/settlement.jar settle --data d \\
                    --out out --period 2026-10   # exit 2
                cp -r "a b" c   # copies
                ```

                ```shell
                ./mvnw -q package -DskipTests
                ```
                ```cron
                0 2 * * * java -jar batch-jobs/target/settlement.jar nightly --data d --out o
                ```
                """);

        List<GuideScript.Command> commands = GuideScript.read(guide).commands();

        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).settlementArguments())
                .containsExactly("settle", "--data", "d", "--out", "out", "--period", "2026-10");
        assertThat(commands.get(0).expectedExit()).isEqualTo(2);
        assertThat(commands.get(0).line()).isEqualTo(3);
        assertThat(commands.get(1).words()).containsExactly("cp", "-r", "a b", "c");
        assertThat(commands.get(1).expectedExit()).isZero();
        assertThatThrownBy(() -> GuideScript.words("pg_dump x > y", "here"))
                .hasMessageContaining("put the command in a ```shell block");
    }

    private Path workspace() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("workspace"));
        SampleData.copy(SampleData.WEST_FRIESLAND, workspace.resolve("sample-data/west-friesland"));
        SampleData.copy(SampleData.SPEC_EXAMPLE, workspace.resolve("sample-data/spec-example"));
        if (Files.isDirectory(DOCS.resolve("examples"))) {
            SampleData.copy(DOCS.resolve("examples"), workspace.resolve("docs/examples"));
        }
        return workspace;
    }

    private static void run(GuideScript.Command command, Path workspace, TestDatabase database) throws IOException {
        List<String> words = command.words();
        if (command.isSettlement()) {
            CliRun run = CliRun.run(database, settlementArguments(command, workspace));
            assertThat(run.exitStatus()).as("%s\nstdout:\n%s\nstderr:\n%s", command, run.out(), run.err())
                    .isEqualTo(command.expectedExit());
        } else if (words.get(0).equals("cp")) {
            copy(command, workspace);
        } else if (words.get(0).equals("sha256sum")) {
            for (String file : words.subList(1, words.size())) {
                assertThat(resolve(file, command, workspace)).as(command.toString()).isRegularFile();
            }
        } else {
            throw new AssertionError(command + ": the test cannot run '" + words.get(0)
                    + "'; show it in a ```shell (or ```text) block instead of ```sh");
        }
    }

    private static String[] settlementArguments(GuideScript.Command command, Path workspace) {
        List<String> args = new ArrayList<>(command.settlementArguments());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            if (PATH_OPTIONS.contains(arg) && i + 1 < args.size()) {
                args.set(i + 1, resolve(args.get(i + 1), command, workspace).toString());
            } else if (equals > 0 && PATH_OPTIONS.contains(arg.substring(0, equals))) {
                args.set(i, arg.substring(0, equals + 1) + resolve(arg.substring(equals + 1), command, workspace));
            } else if (arg.startsWith("--spring.datasource")) {
                throw new AssertionError(command + ": names a database; show it in a ```shell block");
            }
        }
        return args.toArray(String[]::new);
    }

    private static Path resolve(String path, GuideScript.Command command, Path workspace) {
        if (Path.of(path).isAbsolute()) {
            throw new AssertionError(command + ": absolute path " + path + "; use a path relative to the repository");
        }
        return workspace.resolve(path).normalize();
    }

    /** {@code cp SOURCE TARGET}, {@code cp SOURCE... FOLDER}, {@code cp -r FOLDER TARGET} as cp does them. */
    private static void copy(GuideScript.Command command, Path workspace) throws IOException {
        List<String> words = new ArrayList<>(command.words().subList(1, command.words().size()));
        boolean recursive = words.remove("-r");
        assertThat(words).as(command + ": cp needs a source and a target").hasSizeGreaterThanOrEqualTo(2);
        Path target = resolve(words.get(words.size() - 1), command, workspace);
        for (String name : words.subList(0, words.size() - 1)) {
            Path source = resolve(name, command, workspace);
            Path into = Files.isDirectory(target) ? target.resolve(source.getFileName().toString()) : target;
            if (Files.isDirectory(source)) {
                assertThat(recursive).as(command + ": cp of a folder needs -r").isTrue();
                SampleData.copy(source, into);
            } else {
                assertThat(source).as(command.toString()).isRegularFile();
                Files.copy(source, into, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
