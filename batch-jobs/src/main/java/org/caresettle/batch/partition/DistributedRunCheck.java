package org.caresettle.batch.partition;

import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.cli.CommandPrecondition;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.RefusedException;

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
public final class DistributedRunCheck implements CommandPrecondition {

    private final String databaseUrl;

    DistributedRunCheck(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void check(Invocation invocation) {
        if (databaseUrl.startsWith("jdbc:h2:")) {
            throw new RefusedException(invocation.command().name() + " in distributed mode needs a database that every "
                    + "machine reaches, such as PostgreSQL (--spring.datasource.url=jdbc:postgresql://...); "
                    + "the H2 database cannot be shared between processes");
        }
        for (String folder : List.of(Commands.DATA, Commands.OUT)) {
            String path = invocation.option(folder);
            if (path != null && !Path.of(path).isAbsolute()) {
                throw new RefusedException("--" + folder + " " + path + ": a distributed run needs absolute folders "
                        + "(the workers resolve them on their own machines), e.g. " + Path.of(path).toAbsolutePath());
            }
        }
    }
}
