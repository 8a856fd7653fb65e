package org.caresettle.batch.export;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.caresettle.batch.settle.VersionPublishedListener;
import org.caresettle.core.value.Period;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the workbooks of every version as it is published, after its risk reports: the statements are in
 * view before the first workbook is written, so the workbooks never hold them back (issue 15).
 */
@Component
@Order(2)
class ExportOnPublication implements VersionPublishedListener {

    private final VersionExporter exporter;

    ExportOnPublication(VersionExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public String published(Path out, Period period, int version) throws Exception {
        return exporter.export(out, period, OptionalInt.of(version)).message();
    }

    @Override
    public String what() {
        return "workbooks";
    }
}
