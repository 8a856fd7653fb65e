package org.caresettle.batch.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Forces every file of a folder, and the folder itself, to disk. A version folder holds hundreds
 * of files; forcing them one after another costs a disk flush each (measured here: about 40 ms
 * apiece, half a minute for a region's month), while the disk serves many flushes at once, so
 * they are forced in parallel.
 */
public final class DurableFolder {

    private static final int PARALLEL_FLUSHES = 32;
    /**
     * One pool for every caller, its threads kept for a while between batches: the ingest forces a
     * batch per transaction of 64 files (issue 17), and a pool of its own per batch started 4,400
     * threads for an inbox of 8,600 files.
     */
    private static final ExecutorService FLUSHES = flushPool();

    private DurableFolder() {
    }

    public static void force(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile).toList();
        }
        force(files, List.of());
        forceFolder(folder);
    }

    /**
     * Forces the given files and folders to disk, all at once (issue 17: the answers of a chunk of
     * inbox files, before the transaction that records them commits). A folder is forced where the
     * platform allows it, as in {@link #forceFolder}.
     */
    public static void force(Collection<Path> files, Collection<Path> folders) throws IOException {
        int flushCount = files.size() + folders.size();
        if (flushCount == 0) {
            return;
        }
        List<Future<?>> pending = new ArrayList<>();
        try {
            for (Path file : files) {
                pending.add(FLUSHES.submit(() -> forceOne(file, StandardOpenOption.WRITE)));
            }
            for (Path folder : folders) {
                pending.add(FLUSHES.submit(() -> forceFolder(folder)));
            }
            for (Future<?> flush : pending) {
                flush.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forcing files to disk", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot force a file to disk", e.getCause());
        } finally {
            pending.forEach(flush -> flush.cancel(false)); // none left running for a caller that gave up
        }
    }

    /** Daemon threads, so the pool never holds a command's JVM open; idle ones end after a minute. */
    private static ExecutorService flushPool() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(PARALLEL_FLUSHES, PARALLEL_FLUSHES, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "flush-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Makes entries of a folder (a rename into it) durable where the platform allows syncing a folder. */
    public static void forceFolder(Path folder) {
        try {
            forceOne(folder, StandardOpenOption.READ);
        } catch (UncheckedIOException | UnsupportedOperationException e) {
            // Not possible here (e.g. Windows): the rename is still atomic, only its durability is the OS's.
        }
    }

    private static void forceOne(Path path, StandardOpenOption mode) {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
