package org.caresettle.batch.partition;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.run.RunPrecondition;
import org.caresettle.batch.run.RunRequest;

/**
 * What a distributed run needs before it starts, refused with exit 2 otherwise rather than left
 * waiting for workers that cannot do their part:
 * <ul>
 * <li>one database that the manager and every worker reach: PostgreSQL. The H2 file database lives
 * in one process's folder and admits one process at a time;</li>
 * <li>absolute {@code --data} and {@code --out} folders: the workers read and write them as the
 * job's parameters name them, from their own working directories, on their own machines.</li>
 * </ul>
 */
public final class DistributedRunCheck implements RunPrecondition {

    private final String databaseUrl;

    DistributedRunCheck(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void check(RunRequest request) {
        if (databaseUrl.startsWith("jdbc:h2:")) {
            throw new RefusedException(request.command() + " in distributed mode needs a database that every "
                    + "machine reaches, such as PostgreSQL (--spring.datasource.url=jdbc:postgresql://...); "
                    + "the H2 database cannot be shared between processes");
        }
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("data", request.data());
        folders.put("out", request.out());
        folders.forEach((option, path) -> {
            if (path != null && !path.isAbsolute()) {
                throw new RefusedException("--" + option + " " + path + ": a distributed run needs absolute folders "
                        + "(the workers resolve them on their own machines), e.g. " + path.toAbsolutePath());
            }
        });
    }
}
