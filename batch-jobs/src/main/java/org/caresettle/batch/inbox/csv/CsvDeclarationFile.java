package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.caresettle.core.declaration.RawDeclaration;

/**
 * A CSV declaration file of the inbox (SPEC 4 and 14), opened: either refused as a whole with
 * its reason, or readable, in which case its declarations can be read, one at a time, as often
 * as needed.
 *
 * <p>Opening reads the whole file once to check its structure and to learn its messages, so a
 * file is refused before any of its declarations is handed out. Memory stays bounded whatever
 * the file size: one record may hold at most 64 Ki characters, the first pass keeps a few
 * numbers per message, and reading holds one declaration at a time (see {@link DeclarationCursor}).
 * A refusal reason names lines and column names only, never cell content.
 */
public sealed interface CsvDeclarationFile permits CsvDeclarationFile.Refused, CsvDeclarationFile.Readable {

    /**
     * Checks and indexes the file.
     *
     * @throws IOException when the file cannot be read from disk (not when its content is wrong: that is {@link Refused})
     */
    static CsvDeclarationFile open(Path file) throws IOException {
        return CsvDeclarationFiles.open(file, CsvLimits.DEFAULT);
    }

    /** The file cannot be read at all; nothing of it is used. */
    record Refused(String reason) implements CsvDeclarationFile {
    }

    /** The file's structure is sound; its declarations may still fail their checks. */
    final class Readable implements CsvDeclarationFile {

        private final Path file;
        private final MessageIndex index;
        private final CsvLimits limits;

        Readable(Path file, MessageIndex index, CsvLimits limits) {
            this.file = file;
            this.index = index;
            this.limits = limits;
        }

        public Path file() {
            return file;
        }

        public int declarationCount() {
            return index.size();
        }

        /** The declaration rows of the file, empty lines not counted. */
        public long lineCount() {
            return index.rowCount();
        }

        /**
         * The provider field of each declaration, in order of first appearance, as its
         * {@link RawDeclaration} will hold it; learnt by opening, without reading the file again.
         */
        public List<String> providerFields() {
            return index.providerFields();
        }

        /** A new lazy pass over the declarations, in order of first appearance; close it when stopping early. */
        public DeclarationCursor declarations() {
            return new DeclarationCursor(file, index, limits);
        }

        public void forEach(Consumer<? super RawDeclaration> action) {
            try (DeclarationCursor declarations = declarations()) {
                declarations.forEachRemaining(action);
            }
        }
    }
}
