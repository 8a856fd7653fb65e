package org.caresettle.batch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.batch.inbox.csv.CsvDeclarationFile;
import org.caresettle.batch.inbox.csv.DeclarationCursor;
import org.caresettle.batch.message.csv.AnswerCsvWriter;
import org.caresettle.batch.message.xml.AnswerHeader;
import org.caresettle.batch.message.xml.AnswerMessageIds;
import org.caresettle.batch.message.xml.DeclarationAnswerXmlWriter;
import org.caresettle.batch.message.xml.DeclarationXmlReader;
import org.caresettle.batch.message.xml.MessageHeader;
import org.caresettle.batch.message.xml.ReadResult;
import org.caresettle.batch.message.xml.Refused;
import org.caresettle.core.check.DeclarationDecider;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Ingests one inbox file (SPEC 4, 5, 9, 14): records it in the registry, reads its declarations,
 * has the core decide each one in processing order, stores every line with its verdict and
 * writes the provider's answers. Runs inside a transaction (of a chunk of files), so a crash leaves
 * the file either wholly done or not at all; answers written before a crash are written again, with
 * the same content, by the run that completes the work. The files of a transaction share their
 * {@link ChunkWrites}: their rows go to the database in blocks, and their answers are forced to
 * disk together, before the commit that records them.
 */
@Service
class InboxFileIngester {

    private static final Logger log = LoggerFactory.getLogger(InboxFileIngester.class);
    /** The provider tag of lines whose provider code cannot be read (their answers go to responses/unknown/). */
    static final String UNKNOWN_PROVIDER = "unknown";

    private final InboxFileRegistry registry;
    private final DeclarationStore declarations;
    private final Clock clock;
    private final DeclarationXmlReader xmlReader = new DeclarationXmlReader();
    private final DeclarationAnswerXmlWriter xmlAnswers = new DeclarationAnswerXmlWriter();
    private final AnswerCsvWriter csvAnswers = new AnswerCsvWriter();

    InboxFileIngester(InboxFileRegistry registry, DeclarationStore declarations, Clock clock) {
        this.registry = registry;
        this.declarations = declarations;
        this.clock = clock;
    }

    /** The writes of the files of one transaction; {@link ChunkWrites#finish()} before its commit. */
    ChunkWrites chunkWrites(List<? extends QueuedFile> files) {
        InboxFileRegistry.Chunk registered = registry.chunk(files.stream().map(QueuedFile::file).toList());
        return new ChunkWrites(registered, declarations.writes());
    }

    FileResult ingest(QueuedFile queued, IngestContext context, ChunkWrites chunk) throws IOException {
        InboxFile file = queued.file();
        long order = queued.processingOrder();
        InboxFileRegistry.Seen seen = chunk.files().lookUp(file);
        if (seen.known()) {
            return FileResult.known();
        }
        seen.vanishedRow().ifPresent(chunk.files()::forgetVanished);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!file.wasRead()) {
            return refuse(chunk, file, order, FileOutcome.REJECTED, file.unread(), null, now);
        }
        if (queued.vanished() != null) {
            return refuse(chunk, file, order, FileOutcome.VANISHED, queued.vanished(), null, now);
        }
        if (file.kind() == InboxFile.Kind.OTHER) {
            return refuse(chunk, file, order, FileOutcome.SKIPPED, "neither .csv nor .xml", null, now);
        }
        if (seen.contentOwner().isPresent()) {
            InboxFileRegistry.FileId owner = seen.contentOwner().get();
            return refuse(chunk, file, order, FileOutcome.DUPLICATE, "same content as an earlier file", owner, now);
        }
        return file.kind() == InboxFile.Kind.CSV
                ? ingestCsv(file, order, context, chunk, now)
                : ingestXml(file, order, context, chunk, now);
    }

    private FileResult ingestCsv(InboxFile file, long order, IngestContext context, ChunkWrites chunk,
            LocalDateTime now)
            throws IOException {
        CsvDeclarationFile read;
        try {
            read = CsvDeclarationFile.open(file.path());
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            return unreadable(chunk, file, order, e, now);
        }
        if (read instanceof CsvDeclarationFile.Refused refused) {
            return refuse(chunk, file, order, FileOutcome.REJECTED, refused.reason(), null, now);
        }
        Accepting accepting = start(file, order, context, chunk, now);
        try (DeclarationCursor cursor = ((CsvDeclarationFile.Readable) read).declarations()) {
            while (cursor.hasNext()) {
                accepting.declaration(cursor.next(), null, context);
            }
        }
        return accepting.finish();
    }

    private FileResult ingestXml(InboxFile file, long order, IngestContext context, ChunkWrites chunk,
            LocalDateTime now)
            throws IOException {
        ReadResult read;
        try (InputStream in = Files.newInputStream(file.path())) {
            read = xmlReader.read(in);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            return unreadable(chunk, file, order, e, now);
        } catch (UncheckedIOException e) {
            return unreadable(chunk, file, order, e.getCause(), now);
        }
        if (read instanceof Refused refused) {
            return refuse(chunk, file, order, FileOutcome.REJECTED, refused.reason(), null, now);
        }
        ReadResult.Declaration message = (ReadResult.Declaration) read;
        Accepting accepting = start(file, order, context, chunk, now);
        accepting.declaration(message.declaration(), message.header(), context);
        return accepting.finish();
    }

    /**
     * A file that failed while it was read, before anything of it was stored or answered: it alone
     * is refused, recorded as not read, so that it is taken as new once it can be read (issue 11).
     */
    private FileResult unreadable(ChunkWrites chunk, InboxFile file, long order, IOException e, LocalDateTime now) {
        String reason = InboxScanner.cannotRead(e);
        return refuse(chunk, InboxFile.unread(file.path(), reason), order, FileOutcome.REJECTED, reason, null, now);
    }

    private FileResult refuse(ChunkWrites chunk, InboxFile file, long order, FileOutcome outcome, String reason,
            InboxFileRegistry.FileId duplicateOf, LocalDateTime now) {
        chunk.files().record(file, order, outcome, reason, duplicateOf, null, now);
        log.debug("{}: {} ({})", file.name(), outcome, reason);
        return FileResult.of(outcome);
    }

    private Accepting start(InboxFile file, long order, IngestContext context, ChunkWrites chunk, LocalDateTime now) {
        String answerBase = chunk.files().answerBaseName(file);
        InboxFileRegistry.FileId fileId = chunk.files().record(file, order, FileOutcome.INGESTED, null, null,
                answerBase, now);
        return new Accepting(file, fileId, chunk.declarations(),
                new FileAnswers(context.out(), answerBase, chunk.declarations()::isStoredAnswer, chunk::toForce), now);
    }

    /** The declarations of one readable file, decided, stored and answered one at a time. */
    private final class Accepting {

        private final InboxFile file;
        private final InboxFileRegistry.FileId fileId;
        private final DeclarationStore.Writes writes;
        private final FileAnswers answerFiles;
        private final LocalDateTime now;
        private int ordinal;
        private long accepted;
        private long rejected;
        private final Map<String, Long> answers = new TreeMap<>();
        private final Map<String, Long> rejectionCodes = new TreeMap<>();
        private final Map<String, FileResult.ProviderLines> providerLines = new TreeMap<>();

        Accepting(InboxFile file, InboxFileRegistry.FileId fileId, DeclarationStore.Writes writes, FileAnswers answerFiles,
                LocalDateTime now) {
            this.file = file;
            this.fileId = fileId;
            this.writes = writes;
            this.answerFiles = answerFiles;
            this.now = now;
        }

        void declaration(RawDeclaration raw, MessageHeader xmlHeader, IngestContext context) throws IOException {
            ordinal++;
            DeclarationVerdict verdict = DeclarationDecider.decide(raw, context.reference(), context.ledger(),
                    context.businessDate());
            writes.store(fileId, ordinal, raw, verdict);
            answers.merge(ReturnCode.joined(verdict.answerCodes()), 1L, Long::sum);
            long acceptedBefore = accepted;
            long rejectedBefore = rejected;
            for (LineVerdict line : verdict.lines()) {
                if (line.accepted()) {
                    accepted++;
                } else {
                    rejected++;
                    line.codes().forEach(code -> rejectionCodes.merge(code.code(), 1L, Long::sum));
                }
            }
            String provider = StoredText.digits(raw.get(DeclarationColumn.PROVIDER_AGB), 8);
            providerLines.merge(provider == null ? UNKNOWN_PROVIDER : provider,
                    new FileResult.ProviderLines(accepted - acceptedBefore, rejected - rejectedBefore),
                    FileResult.ProviderLines::plus);
            context.progress().linesDone(verdict.lines().size());
            String base = answerFiles.nameFor(provider, raw.get(DeclarationColumn.MESSAGE_ID), ordinal);
            WrittenFile csv = answerFiles.write(base + ".csv", out -> csvAnswers.write(raw, verdict, out));
            WrittenFile xml = null;
            if (xmlHeader != null && xmlAnswers.unanswerableReason(raw, verdict).isEmpty()) {
                AnswerHeader answer = new AnswerHeader(context.businessDate(),
                        AnswerMessageIds.fromKey(file.sha256() + "|" + ordinal), xmlHeader.xsdVersion());
                xml = answerFiles.write(base + ".xml", out -> xmlAnswers.write(raw, verdict, answer, out));
            }
            writes.recordResponse(csv, xml, now);
        }

        FileResult finish() {
            log.debug("{}: INGESTED ({} declarations, {} lines accepted, {} rejected)", file.name(), ordinal,
                    accepted, rejected);
            return new FileResult(FileOutcome.INGESTED, ordinal, accepted, rejected, answers, rejectionCodes,
                    providerLines);
        }
    }
}
