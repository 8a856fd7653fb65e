package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The values the settle steps hand on keep their types through the job repository, which stores
 * contexts with Spring Batch's default serializer (JDK classes only) and is all a later step or a
 * worker in another process reads.
 */
class SettleJobContextTest {

    private static final Period MARCH = Period.of(2026, 3);

    @Test
    void theChecksFindingsAndTheOutcomeComeBackAsTheyWerePut() throws IOException {
        ExecutionContext context = new ExecutionContext();
        InputFingerprint.Inputs inputs = new InputFingerprint.Inputs("ab12", List.of(3L, 7L), 42);
        SettleJobContext.putCheck(context, MARCH,
                new PeriodSettler.Check(2, false, inputs, List.of("v1 published", "second note")));

        ExecutionContext stored = throughTheJobRepository(context);

        assertThat(SettleJobContext.version(stored)).isEqualTo(2);
        assertThat(SettleJobContext.inputs(stored)).isEqualTo(inputs);
        assertThat(SettleJobContext.notes(stored)).containsExactly("v1 published", "second note");
        assertThat(SettleJobContext.outcome(stored, MARCH))
                .isEqualTo(new SettleOutcome(MARCH, 2, false, "v1 published\nsecond note"));

        SettleJobContext.putOutcome(stored, new SettleOutcome(MARCH, 2, true, "written"));
        assertThat(SettleJobContext.outcome(throughTheJobRepository(stored), MARCH))
                .isEqualTo(new SettleOutcome(MARCH, 2, true, "written"));
    }

    @Test
    void aPartitionComesBackAsItWasPut() throws IOException {
        RegionPartition part = new RegionPartition(2, new TreeSet<>(Set.of("WF", "NK")), true, 42);
        RegionPartition empty = new RegionPartition(1, new TreeSet<>(), false, 0);

        assertThat(RegionPartition.of(throughTheJobRepository(part.toContext()))).isEqualTo(part);
        assertThat(RegionPartition.of(throughTheJobRepository(empty.toContext()))).isEqualTo(empty);
    }

    private static ExecutionContext throughTheJobRepository(ExecutionContext context) throws IOException {
        DefaultExecutionContextSerializer serializer = new DefaultExecutionContextSerializer();
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        serializer.serialize(context.toMap(), stored);
        return new ExecutionContext(serializer.deserialize(new ByteArrayInputStream(stored.toByteArray())));
    }
}
