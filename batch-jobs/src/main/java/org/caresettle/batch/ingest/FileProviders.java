package org.caresettle.batch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.caresettle.batch.inbox.csv.CsvDeclarationFile;
import org.caresettle.batch.message.xml.DeclarationXmlReader;
import org.caresettle.batch.message.xml.MessageHeader;
import org.caresettle.core.check.DeclarationDecider;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawLine;

/**
 * The providers an inbox file names, found without checking it, so the ingest can be split by
 * provider (issue 6): a CSV file's declarations through the first pass of the reader the ingest uses
 * (each message's first row, where the declaration takes its provider from), an XML
 * message's header read with StAX until the header is complete. Each provider field is read as the
 * checks read it ({@link DeclarationDecider#ledgerProvider}). A file that cannot be read names
 * none: it is refused whole and touches no provider's state. Naming a provider the ingest will not
 * use after all is harmless (it only ties providers together); missing one is not, and cannot
 * happen, since the ingest reads the same fields with the same readers.
 */
final class FileProviders {

    private static final DeclarationXmlReader XML = new DeclarationXmlReader();

    private FileProviders() {
    }

    static Set<String> of(InboxFile file) {
        if (!file.wasRead()) {
            return Set.of();
        }
        try {
            return switch (file.kind()) {
                case CSV -> csv(file.path());
                case XML -> xml(file.path());
                case OTHER -> Set.of();
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read inbox file " + file.name(), e);
        }
    }

    private static Set<String> csv(Path path) throws IOException {
        Set<String> providers = new TreeSet<>();
        if (CsvDeclarationFile.open(path) instanceof CsvDeclarationFile.Readable readable) {
            readable.providerFields().forEach(field -> add(providers, field));
        }
        return providers;
    }

    private static Set<String> xml(Path path) throws IOException {
        HeaderCatcher catcher = new HeaderCatcher();
        try (InputStream in = Files.newInputStream(path)) {
            XML.stream(in, catcher);
        } catch (HeaderRead done) {
            // the header is all we need: the rest of the message is not read
        }
        Set<String> providers = new TreeSet<>();
        if (catcher.header != null) {
            add(providers, catcher.header.get(DeclarationColumn.PROVIDER_AGB));
        }
        return providers;
    }

    private static void add(Set<String> providers, String field) {
        DeclarationDecider.ledgerProvider(field).ifPresent(agb -> providers.add(agb.value()));
    }

    /** Keeps the header and stops the parse there. */
    private static final class HeaderCatcher implements DeclarationXmlReader.Handler {
        MessageHeader header;

        @Override
        public void header(MessageHeader header) {
            this.header = header;
            throw new HeaderRead();
        }

        @Override
        public void line(RawLine line) {
            // never reached: the header comes before the first line
        }
    }

    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
