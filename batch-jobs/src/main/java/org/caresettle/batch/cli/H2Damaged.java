package org.caresettle.batch.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * A damaged H2 database file (a disk fault, bytes overwritten, a copy taken while a run wrote)
 * stops the start-up deep inside H2, whose innermost message means nothing to an operator
 * ({@code For input string: "UBLIC"."SYST"}). Said as what it is (issue 11.10): the file, that it
 * is damaged, and the way back, the back-up.
 *
 * <p>Recognised narrowly, by H2's own signs, so other start-up failures keep their own message:
 * H2's FILE_CORRUPTED_1, the MVStore's "file corrupt", or any error raised while H2 replays the
 * schema definitions stored in the file ({@code MetaRecord}), which it does only while opening it:
 * a damaged definition fails there as a number that does not parse, or as a syntax error.
 *
 * <p>Registered on the application before it starts, it keeps the data source URL, which names the file.
 */
final class H2Damaged implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String STORED_SCHEMA_REPLAY = "org.h2.engine.MetaRecord";

    private volatile String datasourceUrl;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        datasourceUrl = event.getEnvironment().getProperty("spring.datasource.url");
    }

    Optional<String> describe(Throwable startFailure, String reason) {
        for (Throwable t = startFailure; t != null; t = t.getCause()) {
            if (isDamage(t)) {
                return Optional.of(file().map(file -> "the H2 database file " + file).orElse("the H2 database file")
                        + " is damaged (" + reason + "); move it aside, restore the database and the output folder"
                        + " from the same back-up (docs/operator-guide.md, section \"6. Back up\") and run again");
            }
        }
        return Optional.empty();
    }

    private static boolean isDamage(Throwable t) {
        if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return true;
        }
        if (t instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT) {
            return true;
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().equals(STORED_SCHEMA_REPLAY)) {
                return true;
            }
        }
        return false;
    }

    /** The file of an embedded {@code jdbc:h2:[file:]PATH[;...]} URL; none for memory or server URLs. */
    private Optional<Path> file() {
        String url = datasourceUrl;
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String name = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("^[a-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl: and the like
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db").toAbsolutePath().normalize());
    }
}
