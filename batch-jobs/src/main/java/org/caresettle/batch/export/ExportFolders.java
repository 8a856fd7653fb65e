package org.caresettle.batch.export;

import java.nio.file.Path;
import org.caresettle.core.value.Period;

/** {@code OUT/exports/<period>/v<N>/} and its hidden pending sibling {@code .v<N>.tmp/}. */
record ExportFolders(Path periodFolder) {

    static ExportFolders of(Path out, Period period) {
        return new ExportFolders(out.resolve("exports").resolve(period.toString()));
    }

    Path published(int version) {
        return periodFolder.resolve("v" + version);
    }

    Path pending(int version) {
        return periodFolder.resolve(".v" + version + ".tmp");
    }
}
