package org.caresettle.batch.partition;

import org.caresettle.batch.cli.CommandPrecondition;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.RefusedException;

/**
 * A distributed run needs one database that the manager and every worker reach: PostgreSQL. The
 * H2 file database lives in one process's folder and admits one process at a time, so a
 * distributed run on it is refused before it starts (exit 2), not left waiting for workers that
 * cannot see its partitions.
 */
public final class SharedDatabaseCheck implements CommandPrecondition {

    private final String databaseUrl;

    SharedDatabaseCheck(String databaseUrl) {
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void check(Invocation invocation) {
        if (databaseUrl.startsWith("jdbc:h2:")) {
            throw new RefusedException(invocation.command().name() + " in distributed mode needs a database that every "
                    + "machine reaches, such as PostgreSQL (--spring.datasource.url=jdbc:postgresql://...); "
                    + "the H2 database cannot be shared between processes");
        }
    }
}
