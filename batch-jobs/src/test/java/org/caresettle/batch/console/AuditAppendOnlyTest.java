package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only (issue 13): no main source, Java or SQL, updates or deletes an
 * audit event, through jOOQ ({@code update(AUDIT_EVENT)}, {@code delete(AUDIT_EVENT)},
 * {@code deleteFrom(AUDIT_EVENT)}) or in SQL text.
 */
class AuditAppendOnlyTest {

    private static final Pattern CHANGE = Pattern.compile(
            "(update|delete|deletefrom)\\s*\\(\\s*(tables\\.)?audit_event\\b"
                    + "|update\\s+audit_event\\b|delete\\s+from\\s+audit_event\\b|truncate\\s+table\\s+audit_event\\b");

    @Test
    void nothingInTheMainCodeChangesAnAuditEvent() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("the scan found the code").anyMatch(path -> path.endsWith("AuditTrail.java"));
        assertThat(sources).filteredOn(AuditAppendOnlyTest::changesAuditEvents).isEmpty();
    }

    @Test
    void theScanSeesAChange() {
        assertThat(CHANGE.matcher("dsl.update(AUDIT_EVENT).set(...)".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(CHANGE.matcher("dsl.deleteFrom(Tables.AUDIT_EVENT)".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(CHANGE.matcher("delete from audit_event where".toLowerCase(Locale.ROOT)).find()).isTrue();
        assertThat(CHANGE.matcher("dsl.insertInto(AUDIT_EVENT)".toLowerCase(Locale.ROOT)).find()).isFalse();
    }

    private static List<Path> mainSources() throws IOException {
        List<Path> roots = List.of(Path.of("src/main"), Path.of("../schema/src/main"));
        List<Path> sources = new java.util.ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .filter(path -> path.toString().endsWith(".java") || path.toString().endsWith(".sql"))
                        .forEach(sources::add);
            }
        }
        return sources;
    }

    private static boolean changesAuditEvents(Path source) {
        try {
            return CHANGE.matcher(Files.readString(source).toLowerCase(Locale.ROOT)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
