package org.caresettle.batch.reference;

import java.util.List;

/** What a reference load did, per file: loaded anew or unchanged, with its row count. */
public record ReferenceLoadSummary(List<FileLoad> files) {

    public record FileLoad(String fileName, boolean present, boolean loaded, int rows, long loadId) {

        public String describe() {
            if (!present && rows == 0) {
                return fileName + ": missing, counts as empty" + (loaded ? " (load " + loadId + ")" : "");
            }
            return fileName + ": " + (loaded ? "loaded " + rows + " rows (load " + loadId + ")" : "unchanged (" + rows + " rows)");
        }
    }

    public long loadedCount() {
        return files.stream().filter(FileLoad::loaded).count();
    }
}
