package org.caresettle.batch.inquiry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/** Finds the published statement files of a version under the out folder (SPEC 9). */
@Service
public class StatementFileInquiry {

    /** Empty when the out folder holds no published version {@code version} of the period with a manifest. */
    public Optional<VersionFiles> version(Path out, Period period, int version) {
        Path folder = VersionFolders.of(out, period).published(version);
        if (!Files.isRegularFile(folder.resolve(Manifest.FILE))) {
            return Optional.empty();
        }
        return Optional.of(new VersionFiles(period, version, folder,
                Manifest.read(folder).stream().map(Manifest.Listed::entry).toList()));
    }
}
