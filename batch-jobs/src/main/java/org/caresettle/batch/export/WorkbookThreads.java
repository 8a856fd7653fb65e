package org.caresettle.batch.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes the workbooks of a version on several threads (issue 17). Each workbook is a file of its own,
 * built from its own statement files, so the order they are written in changes no byte of any of them; the
 * CPU they cost (about as much per line as the settling itself) is then spread over the cores instead of
 * one. The first failure stops the rest and is thrown, as the one-by-one loop did.
 */
final class WorkbookThreads {

    /** One workbook's writing. */
    interface Write {
        void run() throws IOException;
    }

    private final int threads;

    /** {@code threads} at most at a time; 0 means one per processor. */
    WorkbookThreads(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** Runs every write, the largest first (so no big city is left alone at the end), and waits for all. */
    void runAll(List<Write> largestFirst) throws IOException {
        if (threads == 1 || largestFirst.size() <= 1) {
            for (Write write : largestFirst) {
                write.run();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, largestFirst.size()));
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Write write : largestFirst) {
                pending.add(pool.submit(() -> {
                    write.run();
                    return null;
                }));
            }
            for (Future<?> done : pending) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbooks", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException("cannot write a workbook", e.getCause());
        } finally {
            stop(pool);
        }
    }

    /** Stops what still runs after a failure and waits for it: nothing may write into a folder being removed. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // A workbook being written does not stop halfway through a call; wait for it.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
