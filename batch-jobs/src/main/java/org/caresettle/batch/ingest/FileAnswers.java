package org.caresettle.batch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers of one inbox file (SPEC 5, 9): names each declaration's answer under the file's base
 * and writes it, one answer per declaration, never over another declaration's answer. Names are
 * unique by construction ({@link ResponseFiles}); the checks here are the second line of defence.
 * An answer already on disk is left alone when it has the same bytes, and replaced only when no
 * stored declaration owns it: it is then the answer of a run that stopped before its commit, which
 * this run decides again (possibly differently, with another business date). Every answer, written or
 * found in place, goes to {@code toForce}: it must be on disk before the transaction that records it
 * commits.
 */
final class FileAnswers {

    private static final Logger log = LoggerFactory.getLogger(FileAnswers.class);

    private final Path out;
    private final String base;
    private final Predicate<String> storedAnswer;
    private final Consumer<Path> toForce;
    private final Set<String> named = new HashSet<>();
    private final Set<String> written = new HashSet<>();

    /**
     * {@code storedAnswer}: whether a stored declaration's answer has this relative path;
     * {@code toForce}: takes each answer's path, to force it to disk before the commit.
     */
    FileAnswers(Path out, String base, Predicate<String> storedAnswer, Consumer<Path> toForce) {
        this.out = out;
        this.base = base;
        this.storedAnswer = storedAnswer;
        this.toForce = toForce;
    }

    /** The path, relative to the output folder and without extension, of the next declaration's answers. */
    String nameFor(String providerAgb, String messageId, int ordinal) {
        String part = ResponseFiles.messagePart(messageId, ordinal,
                candidate -> named.contains(ResponseFiles.relativeBase(providerAgb, base, candidate)));
        String relativeBase = ResponseFiles.relativeBase(providerAgb, base, part);
        named.add(relativeBase);
        return relativeBase;
    }

    WrittenFile write(String relativePath, AtomicFiles.Content content) throws IOException {
        if (!written.add(relativePath)) {
            throw new IllegalStateException(relativePath + " would overwrite another answer of the same file");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        content.writeTo(bytes);
        byte[] answer = bytes.toByteArray();
        Path target = out.resolve(relativePath);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFiles.write(target, stream -> stream.write(answer));
        } else if (!Arrays.equals(Files.readAllBytes(target), answer)) {
            if (storedAnswer.test(relativePath)) {
                throw new IllegalStateException(relativePath + " already holds the answer to another declaration;"
                        + " it is not overwritten");
            }
            log.warn("{}: replacing an answer left by a run that stopped before its commit", relativePath);
            AtomicFiles.write(target, stream -> stream.write(answer));
        }
        toForce.accept(target);
        return new WrittenFile(relativePath, Sha256.of(answer));
    }
}
