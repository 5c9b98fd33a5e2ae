package org.peersupport.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry a page draws: plot area 52..628 × 22..214 in a 640 × 260 viewBox. */
class BarChartTest {

    private static final List<BarChart.Series> TWO = List.of(new BarChart.Series("High", "chart__bar--high"),
            new BarChart.Series("Medium", "chart__bar--medium"));

    @Test
    void stackedBarsScaleToTheTallestStackAndQuietWeeksDrawNothing() {
        BarChart chart = BarChart.stacked(List.of("4 Mar", "11 Mar", "18 Mar", "25 Mar"), TWO,
                new double[][] {{1, 0, 0, 3}, {1, 0, 2, 1}}, v -> Long.toString(Math.round(v)));

        assertThat(chart.getAxisMax()).as("tallest stack 4, a round figure").isEqualTo(4);
        List<BarChart.Bar> bars = chart.getBars();
        assertThat(bars).as("no rect for a zero").hasSize(5);
        double plot = BarChart.PLOT_HEIGHT;
        BarChart.Bar lastHigh = bars.get(3);
        BarChart.Bar lastMedium = bars.get(4);
        assertThat(lastHigh.cssClass()).isEqualTo("chart__bar--high");
        assertThat(lastHigh.height() + lastMedium.height()).as("the tallest stack fills the plot").isCloseTo(plot, within(0.2));
        assertThat(lastHigh.y() + lastHigh.height()).as("first series at the bottom").isCloseTo(BarChart.TOP + plot, within(0.2));
        assertThat(lastMedium.y() + lastMedium.height()).as("the next one on top of it").isCloseTo(lastHigh.y(), within(0.2));
        assertThat(bars.get(0).height()).as("1 of 4").isCloseTo(plot / 4, within(0.2));
        assertThat(bars.get(2).height()).as("the third week: 2 of 4").isCloseTo(plot / 2, within(0.2));
        assertThat(bars.get(2).x()).isGreaterThan(bars.get(0).x());
        assertThat(bars.get(0).title()).isEqualTo("4 Mar · High: 1");

        assertThat(chart.getCategoryLabels()).extracting(BarChart.Label::text).containsExactly("4 Mar", "11 Mar", "18 Mar", "25 Mar");
        assertThat(chart.getValueLabels()).extracting(BarChart.Label::text).as("totals above non-empty weeks").containsExactly("2", "2", "4");
        assertThat(chart.getRows()).extracting(BarChart.Row::total).containsExactly("2", "0", "2", "4");
        assertThat(chart.getRows().get(1).values()).as("the quiet week is in the table as zeros").containsExactly("0", "0");
    }

    @Test
    void theAxisRoundsUpToAStepOfOneTwoOrFive() {
        assertThat(BarChart.stepFor(0)).isEqualTo(1);
        assertThat(BarChart.stepFor(3)).isEqualTo(1);
        assertThat(BarChart.stepFor(7)).isEqualTo(2);
        assertThat(BarChart.stepFor(23)).isEqualTo(5);
        assertThat(BarChart.stepFor(75)).isEqualTo(20);
        BarChart chart = BarChart.stacked(List.of("a", "b"), List.of(TWO.get(0)), new double[][] {{7, 2}}, Double::toString);
        assertThat(chart.getAxisMax()).isEqualTo(8);
        assertThat(chart.getTicks()).extracting(BarChart.Label::text).containsExactly("0.0", "2.0", "4.0", "6.0", "8.0");
        assertThat(chart.getTicks().get(0).y()).isEqualTo(BarChart.TOP + BarChart.PLOT_HEIGHT);
        assertThat(chart.getTicks().get(4).y()).isEqualTo(BarChart.TOP);
        assertThat(chart.getBars().get(0).height()).as("7 of 8").isCloseTo(BarChart.PLOT_HEIGHT * 7 / 8, within(0.2));
    }

    @Test
    void thirteenWeeksAndMoreAreLabelledEverySecondWeekButAllDrawnAndTabled() {
        List<String> weeks = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(w -> "w" + w).toList();
        double[][] values = {java.util.stream.IntStream.rangeClosed(1, 14).mapToDouble(w -> 1).toArray()};
        BarChart chart = BarChart.stacked(weeks, List.of(TWO.get(0)), values, v -> Long.toString(Math.round(v)));
        assertThat(chart.getCategoryLabels()).extracting(BarChart.Label::text)
                .containsExactly("w1", "w3", "w5", "w7", "w9", "w11", "w13");
        assertThat(chart.getBars()).hasSize(14);
        assertThat(chart.getRows()).hasSize(14);
        BarChart fiveWeeks = BarChart.stacked(weeks.subList(0, 5), List.of(TWO.get(0)), new double[][] {{1, 1, 1, 1, 1}},
                v -> Long.toString(Math.round(v)));
        assertThat(fiveWeeks.getCategoryLabels()).hasSize(5);
    }

    @Test
    void anEmptyChartStillHasAnAxis() {
        BarChart chart = BarChart.stacked(List.of("a"), List.of(TWO.get(0)), new double[][] {{0}}, Double::toString);
        assertThat(chart.getAxisMax()).isEqualTo(1);
        assertThat(chart.getBars()).isEmpty();
        assertThat(chart.getValueLabels()).isEmpty();
    }

    @Test
    void groupedBarsStandSideBySideAndAMissingValueDrawsNothing() {
        BarChart chart = BarChart.grouped(List.of("All", "High", "Medium"), TWO,
                new double[][] {{4, 4, Double.NaN}, {10, 10, Double.NaN}}, new double[] {Double.NaN, 15, 60},
                v -> Long.toString(Math.round(v)));

        assertThat(chart.getAxisMax()).as("the 60-minute deadline is the tallest").isEqualTo(60);
        List<BarChart.Bar> bars = chart.getBars();
        assertThat(bars).hasSize(4);
        assertThat(bars.get(0).y() + bars.get(0).height()).as("side by side on one baseline")
                .isCloseTo(bars.get(1).y() + bars.get(1).height(), within(0.2));
        assertThat(bars.get(1).x()).isGreaterThan(bars.get(0).x() + bars.get(0).width());
        assertThat(bars.get(1).height()).isCloseTo(BarChart.PLOT_HEIGHT * 10 / 60, within(0.2));
        assertThat(chart.getMarkers()).hasSize(2);
        assertThat(chart.getMarkers().get(1).y()).as("the medium deadline at the top").isEqualTo(BarChart.TOP);
        assertThat(chart.getRows().get(2).values()).containsExactly("—", "—");
        assertThat(chart.getRows().get(0).total()).as("a sum of median and p90 means nothing").isNull();
    }

    @Test
    void valuesMustMatchTheCategories() {
        assertThatThrownBy(() -> BarChart.stacked(List.of("a", "b"), TWO, new double[][] {{1, 2}}, Double::toString))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BarChart.stacked(List.of("a", "b"), List.of(TWO.get(0)), new double[][] {{1}}, Double::toString))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
