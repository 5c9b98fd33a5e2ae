package org.peersupport.portal.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Percentiles by nearest rank, checked by hand: rank = ⌈p × n / 100⌉ of the sorted waits. */
class ResponseTimesTest {

    @Test
    void withoutWaitsThereIsNoMedianAndNoPercentileRatherThanAZero() {
        ResponseTimes none = ResponseTimes.of(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.count()).isZero();
        assertThat(none.median()).isEmpty();
        assertThat(none.p90()).isEmpty();
    }

    @Test
    void oneWaitIsItsOwnMedianAndNinetiethPercentile() {
        ResponseTimes one = ResponseTimes.of(List.of(minutes(7)));
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.median()).contains(minutes(7));
        assertThat(one.p90()).contains(minutes(7));
        assertThat(one.percentile(1)).contains(minutes(7));
        assertThat(one.percentile(100)).contains(minutes(7));
    }

    @Test
    void fourWaitsInAnyOrder() {
        // sorted 2, 4, 10, 75: median rank ⌈2.0⌉ = 2 → 4; p90 rank ⌈3.6⌉ = 4 → 75; p25 rank 1 → 2; p75 rank 3 → 10
        ResponseTimes times = ResponseTimes.of(List.of(minutes(10), minutes(75), minutes(2), minutes(4)));
        assertThat(times.median()).as("the lower middle wait, not the average 7").contains(minutes(4));
        assertThat(times.p90()).contains(minutes(75));
        assertThat(times.percentile(25)).contains(minutes(2));
        assertThat(times.percentile(75)).contains(minutes(10));
        assertThat(times.percentile(76)).as("rank ⌈3.04⌉ = 4").contains(minutes(75));
    }

    @Test
    void anOddCountHasATrueMiddle() {
        // sorted 1, 3, 5, 8, 30: median rank ⌈2.5⌉ = 3 → 5; p90 rank ⌈4.5⌉ = 5 → 30
        ResponseTimes times = ResponseTimes.of(List.of(minutes(30), minutes(1), minutes(8), minutes(5), minutes(3)));
        assertThat(times.median()).contains(minutes(5));
        assertThat(times.p90()).contains(minutes(30));
    }

    @Test
    void tenWaitsPutTheNinetiethPercentileOnTheNinthAndTheMedianOnTheFifth() {
        // 1..10 minutes: median rank 5 → 5; p90 rank 9 → 9 (the slowest, 10, is beyond it)
        ResponseTimes times = ResponseTimes.of(IntStream.rangeClosed(1, 10).mapToObj(ResponseTimesTest::minutes).toList());
        assertThat(times.median()).contains(minutes(5));
        assertThat(times.p90()).contains(minutes(9));
        assertThat(times.percentile(91)).as("rank ⌈9.1⌉ = 10").contains(minutes(10));
    }

    @Test
    void equalWaitsAndSecondsAreKeptExactly() {
        ResponseTimes times = ResponseTimes.of(List.of(Duration.ofSeconds(45), Duration.ofSeconds(45), Duration.ofSeconds(61)));
        assertThat(times.median()).contains(Duration.ofSeconds(45));
        assertThat(times.p90()).contains(Duration.ofSeconds(61));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> ResponseTimes.of(List.of(minutes(-1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseTimes.of(List.of(minutes(1))).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseTimes.of(List.of(minutes(1))).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
