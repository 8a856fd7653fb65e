package org.caresettle.batch.console;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The out folder whose statements the console serves: {@code settlement.serve.out}, which
 * {@code serve --out DIR} sets (or the operator sets as a property). Without it the pages still show
 * what the database holds, and files answer 404.
 */
@Component
class OutFolderSetting {

    private final Optional<Path> out;

    OutFolderSetting(@Value("${settlement.serve.out:}") String out) {
        this.out = out == null || out.isBlank() ? Optional.empty() : Optional.of(Path.of(out).toAbsolutePath());
    }

    Optional<Path> out() {
        return out;
    }
}
