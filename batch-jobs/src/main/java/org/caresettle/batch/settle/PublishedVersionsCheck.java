package org.caresettle.batch.settle;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.ManifestHashes;
import org.caresettle.batch.statement.StatementCheckException;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Before a settle builds on a period's published versions (the next version's corrections, the
 * "unchanged" verdict), every stored version is checked against what was published (issue 11): its
 * folder is there, its {@code manifest.csv} has the SHA-256 the database stored with it (V10; a
 * version stored before V10 has none and is checked against its own manifest only), and every file
 * is as the manifest lists it ({@link ManifestHashes}, the check {@code verify} makes). All versions,
 * not only the latest: a corrections file is read against the version before, and an auditor reads
 * any of them. Cost: each file's bytes are read once per settle of the period.
 */
@Component
class PublishedVersionsCheck {

    private final SettlementVersionRepository versions;

    PublishedVersionsCheck(SettlementVersionRepository versions) {
        this.versions = versions;
    }

    /** Throws {@link PublishedStatementsChangedException} naming the first file that is not as published. */
    void check(VersionFolders folders, Period period) {
        for (SettlementVersionRepository.StoredVersion version : versions.all(period)) {
            Path folder = folders.published(version.number());
            String name = "statements/" + period + "/v" + version.number();
            if (!Files.isDirectory(folder)) {
                throw new PublishedStatementsChangedException(period, name + " is missing");
            }
            Path manifest = folder.resolve(Manifest.FILE);
            if (version.manifestSha256() != null && Files.isRegularFile(manifest)
                    && !Sha256.ofFile(manifest).equals(version.manifestSha256())) {
                throw new PublishedStatementsChangedException(period, name + "/" + Manifest.FILE
                        + " is not the manifest published with v" + version.number());
            }
            try {
                ManifestHashes.check(folder);
            } catch (StatementCheckException e) {
                throw new PublishedStatementsChangedException(period, "statements/" + period + "/" + e.getMessage());
            }
        }
    }
}
