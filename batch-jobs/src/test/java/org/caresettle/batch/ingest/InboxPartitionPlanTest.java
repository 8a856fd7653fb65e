package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the inbox is split into parts that can be ingested side by side (issue 6). */
class InboxPartitionPlanTest {

    private final Map<String, Set<String>> providers = new HashMap<>();
    private final List<InboxFile> inbox = new ArrayList<>();

    @Test
    void filesOfOneProviderStayTogetherInProcessingOrder() {
        file("a1.csv", 10, "P1");
        file("b1.csv", 10, "P2");
        file("a2.csv", 10, "P1");
        file("b2.xml", 10, "P2");
        file("a3.xml", 10, "P1");

        List<InboxPartitionPlan.Part> parts = plan(8);

        assertThat(parts).hasSize(2);
        assertThat(names(parts)).containsExactlyInAnyOrder(List.of("a1.csv", "a2.csv", "a3.xml"),
                List.of("b1.csv", "b2.xml"));
        assertThat(parts).allSatisfy(part -> assertThat(part.providers()).hasSize(1));
    }

    @Test
    void aFileNamingSeveralProvidersTiesAllTheirFilesTogether() {
        file("1.csv", 10, "P1");
        file("2.csv", 10, "P2");
        file("3.csv", 10, "P3");
        file("4.csv", 10, "P4");
        file("5.csv", 10, "P2", "P4");
        file("6.csv", 10, "P4", "P1");

        List<InboxPartitionPlan.Part> parts = plan(8);

        assertThat(names(parts)).containsExactlyInAnyOrder(List.of("1.csv", "2.csv", "4.csv", "5.csv", "6.csv"),
                List.of("3.csv"));
        assertThat(parts.stream().filter(part -> part.files().size() == 5).findFirst().orElseThrow().providers())
                .containsExactly("P1", "P2", "P4");
    }

    @Test
    void filesWithTheSameContentStayTogetherWithOrWithoutProviders() {
        file("a.csv", 10, "same", "P1");
        file("b.csv", 10, "P2");
        file("c.xml", 10, "same");
        file("d.txt", 10, "other");
        file("e.txt", 10, "other");
        file("f.txt", 10, "third");

        List<InboxPartitionPlan.Part> parts = plan(8);

        assertThat(names(parts)).containsExactlyInAnyOrder(List.of("a.csv", "c.xml"), List.of("b.csv"),
                List.of("d.txt", "e.txt"), List.of("f.txt"));
    }

    @Test
    void groupsAreSpreadOverTheGridBalancedByBytes() {
        long[] sizes = {70, 10, 60, 20, 50, 30, 40, 40};
        for (int i = 0; i < sizes.length; i++) {
            file("f" + i + ".csv", sizes[i], "P" + i);
        }

        List<InboxPartitionPlan.Part> parts = plan(2);

        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(InboxPartitionPlan.Part::bytes).containsExactlyInAnyOrder(160L, 160L);
        for (InboxPartitionPlan.Part part : parts) {
            List<Integer> positions = part.files().stream().map(InboxPartitionPlan.Scheduled::position).toList();
            assertThat(positions).isSorted();
        }
    }

    @Test
    void theSameInboxGivesTheSamePlan() {
        for (int i = 0; i < 40; i++) {
            file(String.format("%02d.csv", i), 5 + (i * 37) % 11, "P" + i % 13, "P" + (i % 10 == 0 ? i + 1 : i) % 13);
        }

        assertThat(plan(4)).isEqualTo(plan(4));
        assertThat(plan(4)).hasSize(4);
    }

    @Test
    void anEmptyInboxHasNoParts() {
        assertThat(plan(8)).isEmpty();
    }

    /** Which of two files whose answers share a stem gets {@code ~2} must follow processing order (issue 11). */
    @Test
    void filesWhoseAnswerNamesCleanAlikeStayTogether() {
        file("zz dec 1.csv", 10, "P1");
        file("zz_dec_1.csv", 10, "P2");

        assertThat(names(plan(8))).containsExactly(List.of("zz dec 1.csv", "zz_dec_1.csv"));
    }

    @Test
    void theGridMustHoldAPart() {
        assertThatThrownBy(() -> plan(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A file of {@code bytes} naming the providers; a key that is not a provider (no leading P) is its content. */
    private void file(String name, long bytes, String... keys) {
        String content = name;
        Set<String> named = new java.util.TreeSet<>();
        for (String key : keys) {
            if (key.startsWith("P")) {
                named.add(key);
            } else {
                content = key;
            }
        }
        providers.put(name, named);
        inbox.add(new InboxFile(Path.of("inbox", name), name, bytes, content));
    }

    private List<InboxPartitionPlan.Part> plan(int gridSize) {
        return InboxPartitionPlan.plan(inbox, file -> providers.get(file.name()), gridSize);
    }

    private static List<List<String>> names(List<InboxPartitionPlan.Part> parts) {
        return parts.stream().map(part -> part.files().stream().map(s -> s.file().name()).toList()).toList();
    }
}
