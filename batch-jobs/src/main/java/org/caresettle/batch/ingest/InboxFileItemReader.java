package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.caresettle.batch.cli.RefusedException;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.stereotype.Component;

/**
 * Hands out the inbox files in processing order. Files already recorded (same name and
 * content) are handed out too and passed over by the writer, so a restarted run simply goes
 * through the list again and continues where the registry says the work stopped.
 */
@Component
class InboxFileItemReader implements ItemReader<InboxFile>, StepExecutionListener {

    private List<InboxFile> scanned = List.of();
    private Iterator<InboxFile> files;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Path data = Path.of(stepExecution.getJobParameters().getString(IngestParameters.DATA));
        Path inbox = data.resolve("inbox");
        if (!java.nio.file.Files.isDirectory(inbox)) {
            throw new RefusedException("no inbox folder " + inbox);
        }
        scanned = InboxScanner.scan(inbox);
        files = scanned.iterator();
    }

    /** The files this step goes through, known before the first is read (for the progress line). */
    List<InboxFile> scanned() {
        return scanned;
    }

    @Override
    public InboxFile read() {
        return files != null && files.hasNext() ? files.next() : null;
    }
}
