package org.caresettle.batch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.caresettle.batch.statement.DurableFolder;

/**
 * What the files of one transaction (a chunk of inbox files) leave to be done before it commits:
 * their registry rows ({@link InboxFileRegistry.Chunk}), their declarations' rows, sent in blocks ({@link DeclarationStore.Writes}), and their answers,
 * forced to disk together with the folders they were renamed into (issue 17). So an answer the
 * database records as written is on disk after a crash, at the cost of flushes served side by side
 * once per transaction instead of one after another per answer.
 */
final class ChunkWrites {

    private final InboxFileRegistry.Chunk files;
    private final DeclarationStore.Writes declarations;
    private final List<Path> answers = new ArrayList<>();
    private final Set<Path> folders = new LinkedHashSet<>();

    ChunkWrites(InboxFileRegistry.Chunk files, DeclarationStore.Writes declarations) {
        this.files = files;
        this.declarations = declarations;
    }

    InboxFileRegistry.Chunk files() {
        return files;
    }

    DeclarationStore.Writes declarations() {
        return declarations;
    }

    /** An answer file of this transaction: forced to disk, with its folder and the folder above, at {@link #finish()}. */
    void toForce(Path answer) {
        answers.add(answer);
        Path folder = answer.toAbsolutePath().getParent();
        folders.add(folder);
        folders.add(folder.getParent()); // a provider's folder may be new in this transaction
    }

    /** Sends the pending rows and forces the answers to disk; before the commit. */
    void finish() throws IOException {
        files.insert();
        declarations.finish();
        DurableFolder.force(answers, folders);
    }
}
