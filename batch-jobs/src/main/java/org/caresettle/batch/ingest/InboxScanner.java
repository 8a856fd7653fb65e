package org.caresettle.batch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.caresettle.batch.csv.Sha256;

/**
 * Lists the inbox in processing order: by file name in byte order (SPEC 4). Names starting
 * with a dot are partial transfers and are ignored without a trace (SPEC 14); folders too.
 * Every file is fingerprinted here, before anything reads its content. A symbolic link is listed but
 * never followed (it could bring in any file the engine may read), and a file that cannot be read is
 * listed with the reason: both are refused one by one, so neither stops the night (issue 11).
 */
final class InboxScanner {

    private static final Comparator<String> BYTE_ORDER =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private InboxScanner() {
    }

    static List<InboxFile> scan(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries
                    .filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path))
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString(), BYTE_ORDER))
                    .toList()
                    .parallelStream() // hashing every file is most of the scan: on all cores, the order kept
                    .map(InboxScanner::fingerprint)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
    }

    /** The file as it is now: size and SHA-256 of its content, or why it was not read. */
    static InboxFile fingerprint(Path path) {
        if (Files.isSymbolicLink(path)) {
            return InboxFile.unread(path, "a symbolic link; links are not followed, put the file itself in the inbox");
        }
        MessageDigest digest = Sha256.newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read inbox file " + path.getFileName(), e);
        } catch (IOException e) {
            return InboxFile.unread(path, cannotRead(e));
        }
        return new InboxFile(path, path.getFileName().toString(), size, Sha256.hex(digest.digest()));
    }

    /** The reason for files.csv: the kind of failure, without the path (the row names the file). */
    static String cannotRead(IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = e.getClass().getSimpleName();
        }
        return "cannot be read: " + reason;
    }
}
