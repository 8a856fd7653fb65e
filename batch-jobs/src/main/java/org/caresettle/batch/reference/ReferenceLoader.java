package org.caresettle.batch.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.core.reference.check.ReferenceChecker;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceTable;
import org.caresettle.core.reference.check.ReferenceViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads {@code DIR/reference/} (SPEC 3). All eight files are read and checked together, since
 * the rules cross files; if any rule fails, nothing is stored and the run is refused with every
 * violation (file, line, rule). Otherwise each file whose SHA-256 differs from its latest load
 * is stored as a new load; unchanged files are not loaded again.
 */
@Service
public class ReferenceLoader {

    /** A refusal prints at most this many violations; the count says how many there were. */
    private static final int VIOLATIONS_SHOWN = 50;

    private final ReferenceFileReader reader = new ReferenceFileReader();
    private final ReferenceStore store;
    private final Clock clock;

    ReferenceLoader(ReferenceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public ReferenceLoadSummary load(Path referenceFolder) {
        Map<String, StoredLoad> latest = store.latestLoads();
        refuseVanishedFiles(referenceFolder, latest);
        Optional<ReferenceLoadSummary> unchanged = unchanged(referenceFolder, latest);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Map<ReferenceFile, ReferenceFileContent> contents = new EnumMap<>(ReferenceFile.class);
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
            ReferenceFileContent content = reader.read(referenceFolder, file);
            contents.put(file, content);
            tables.put(file, content.table());
        }
        List<ReferenceViolation> violations = ReferenceChecker.violations(tables);
        if (!violations.isEmpty()) {
            throw new RefusedException(describe(violations));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<ReferenceLoadSummary.FileLoad> files = new ArrayList<>();
        for (ReferenceFile file : ReferenceFile.values()) {
            ReferenceFileContent content = contents.get(file);
            StoredLoad previous = latest.get(file.fileName());
            boolean changed = previous == null || !previous.sha256().equals(content.sha256());
            StoredLoad load = changed ? store.store(content.table(), content.sha256(), now) : previous;
            if (changed && !content.sha256().equals(reader.sha256(referenceFolder, file))) {
                // The rows are read from disk once to check and once to store: both must be the same bytes.
                throw new RefusedException("reference/" + file.fileName() + " changed while it was being loaded;"
                        + " nothing was stored: run again when the file is complete");
            }
            files.add(new ReferenceLoadSummary.FileLoad(file.fileName(), content.present(), changed, load.rowCount(),
                    load.loadId()));
        }
        return new ReferenceLoadSummary(files);
    }

    /**
     * SPEC 3 reads a missing file as empty, which is right for a file a region never had. A file
     * that was loaded with content and is now gone is another matter: an {@code outcomes.csv} lost
     * in a copy would claw back every release without anyone deciding so (issue 11.10). Empty is a
     * deliberate state (the header alone); missing is not.
     */
    private void refuseVanishedFiles(Path referenceFolder, Map<String, StoredLoad> latest) {
        for (ReferenceFile file : ReferenceFile.values()) {
            StoredLoad previous = latest.get(file.fileName());
            if (previous != null && !previous.sha256().equals(ReferenceFileReader.NO_BYTES_SHA256)
                    && !Files.exists(referenceFolder.resolve(file.fileName()))) {
                throw new RefusedException("reference/" + file.fileName() + " is missing, but load " + previous.loadId()
                        + " had it (" + previous.rowCount() + " row" + (previous.rowCount() == 1 ? "" : "s")
                        + "); nothing was loaded, ingested or settled. Put the file back in " + referenceFolder
                        + ", or, to remove every row on purpose, leave the file with its header line only");
            }
        }
    }

    /**
     * When every file has the bytes of its latest load, that load passed the checks and nothing needs
     * reading: a national allocation file has millions of rows, and reading and checking them every
     * night would cost more heap than the rest of the run (issue 6). Fingerprinting streams.
     */
    private Optional<ReferenceLoadSummary> unchanged(Path referenceFolder, Map<String, StoredLoad> latest) {
        List<ReferenceLoadSummary.FileLoad> files = new ArrayList<>();
        for (ReferenceFile file : ReferenceFile.values()) {
            StoredLoad previous = latest.get(file.fileName());
            if (previous == null || !previous.sha256().equals(reader.sha256(referenceFolder, file))) {
                return Optional.empty();
            }
            files.add(new ReferenceLoadSummary.FileLoad(file.fileName(),
                    Files.exists(referenceFolder.resolve(file.fileName())), false, previous.rowCount(),
                    previous.loadId()));
        }
        return Optional.of(new ReferenceLoadSummary(files));
    }

    private static String describe(List<ReferenceViolation> violations) {
        String shown = violations.stream().limit(VIOLATIONS_SHOWN)
                .map(v -> "reference/" + v.fileName() + ":" + v.lineNumber() + ": " + v.rule() + ": " + v.message())
                .collect(Collectors.joining("\n"));
        String files = violations.stream().map(ReferenceViolation::fileName).distinct().collect(Collectors.joining(", "));
        String more = violations.size() > VIOLATIONS_SHOWN
                ? "\n... and " + (violations.size() - VIOLATIONS_SHOWN) + " more" : "";
        return "reference data not loaded (" + violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
                + " in " + files + "; nothing was stored, nothing ingested or settled):\n" + shown + more;
    }
}
