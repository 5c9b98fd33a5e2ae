package org.peersupport.portal.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteBehindTest {

    private final WriteBehind<Integer> writes = new WriteBehind<>();

    @Test
    void handsOverEverythingInTheOrderAddedAndKeepsNothing() {
        writes.add(3);
        writes.add(1);
        writes.add(2);
        List<List<Integer>> batches = new ArrayList<>();
        writes.writeWith(batches::add);
        writes.writeWith(batches::add);
        assertThat(batches).containsExactly(List.of(3, 1, 2));
        assertThat(writes.isEmpty()).isTrue();
    }

    @Test
    void writesOnlyTheMatchingOnesAndKeepsTheRestForLater() {
        List.of(1, 2, 3, 4).forEach(writes::add);
        List<Integer> even = new ArrayList<>();
        writes.writeWith(n -> n % 2 == 0, even::addAll);
        assertThat(even).containsExactly(2, 4);
        assertThat(writes.drain()).containsExactly(1, 3);
    }

    @Test
    void aFailedWriteIsHeldForTheNextTry() {
        writes.add(1);
        writes.add(2);
        writes.writeWith(batch -> {
            throw new IllegalStateException("the database is away");
        });
        writes.add(3);
        List<Integer> written = new ArrayList<>();
        writes.writeWith(written::addAll);
        assertThat(written).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void holdsAtMostItsLimitWhileNothingCanBeWritten() {
        for (int i = 0; i < WriteBehind.MAX_HELD + 10; i++) {
            writes.add(i);
        }
        assertThat(writes.drain()).hasSize(WriteBehind.MAX_HELD);
        writes.add(1);
        assertThat(writes.drain()).as("room again once written").containsExactly(1);
    }
}
