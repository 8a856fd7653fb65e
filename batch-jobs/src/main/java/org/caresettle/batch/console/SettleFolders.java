package org.caresettle.batch.console;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The folders a rerun or what-if asked for in the console settles with, as {@code serve --data DIR
 * --out DIR} set them: the out folder ({@link OutFolderSetting}) and the data folder
 * ({@code settlement.serve.data}; null when not set, as a command without {@code --data}).
 */
@Component
class SettleFolders {

    private final OutFolderSetting out;
    private final Path data;

    SettleFolders(OutFolderSetting out, @Value("${settlement.serve.data:}") String data) {
        this.out = out;
        this.data = data == null || data.isBlank() ? null : Path.of(data).toAbsolutePath();
    }

    Optional<Path> out() {
        return out.out();
    }

    /** The out folder, or the page's 404 that says it is not set. */
    Path requiredOut() {
        return out.out().orElseThrow(() -> new NotFound("notfound.out"));
    }

    Path data() {
        return data;
    }
}
