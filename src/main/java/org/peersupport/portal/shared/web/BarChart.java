package org.peersupport.portal.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A bar chart for a Facelets page to draw as inline SVG: this class computes every coordinate (in
 * the SVG's own units, viewBox "0 0 {@value #WIDTH} {@value #HEIGHT}"); the page only repeats rect
 * and text elements, coloured by CSS classes (no scripts, no style attributes: strict CSP).
 * Stacked bars pile the series in each category, bottom up in series order; grouped bars stand
 * side by side. The value axis runs from zero to the tallest bar (or marker) rounded up to a whole
 * step of 1, 2 or 5 × 10ⁿ, so the tallest bar reaches the top when it is a round figure. A missing
 * value (NaN) draws nothing and reads "—" in the table.
 */
public final class BarChart {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    static final double LEFT = 52;
    static final double RIGHT = 12;
    static final double TOP = 22;
    static final double BOTTOM = 46;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    private static final int MAX_STEPS = 5;
    /** Room for a label such as "24 Sept" at the chart's 11-unit font. */
    private static final double MIN_LABEL_SPACING = 50;
    private static final String MISSING = "—";

    public enum Layout {
        STACKED,
        GROUPED
    }

    /** One series: its legend label and the CSS class that colours it. */
    public record Series(String label, String cssClass) {}

    /** A bar (or a stacked segment), with a title for pointer users. */
    public record Bar(double x, double y, double width, double height, String cssClass, String title) {}

    /** A label placed at (x, y). */
    public record Label(double x, double y, String text) {}

    /** A horizontal reference line across one category, such as a deadline. */
    public record Marker(double x1, double x2, double y, String title) {}

    /** A line of the data table under the chart; a stack's total, none for grouped bars. */
    public record Row(String category, List<String> values, String total) {}

    private final Layout layout;
    private final List<String> categories;
    private final List<Series> series;
    private final double[][] values;
    private final double[] markers;
    private final DoubleFunction<String> format;
    private final double axisMax;
    private final double step;

    private BarChart(Layout layout, List<String> categories, List<Series> series, double[][] values, double[] markers,
            DoubleFunction<String> format) {
        if (categories.isEmpty() || series.isEmpty() || values.length != series.size()) {
            throw new IllegalArgumentException("A chart needs categories and one row of values per series");
        }
        for (double[] row : values) {
            if (row.length != categories.size()) {
                throw new IllegalArgumentException("Each series needs one value per category");
            }
        }
        this.layout = layout;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.values = values;
        this.markers = markers;
        this.format = format;
        double tallest = 0;
        for (int c = 0; c < categories.size(); c++) {
            tallest = Math.max(tallest, layout == Layout.STACKED ? total(c) : tallestIn(c));
            if (markers != null && !Double.isNaN(markers[c])) {
                tallest = Math.max(tallest, markers[c]);
            }
        }
        this.step = stepFor(tallest);
        this.axisMax = Math.max(step, Math.ceil(tallest / step) * step);
    }

    /** Series piled up per category; {@code values[s][c]} is series s in category c. */
    public static BarChart stacked(List<String> categories, List<Series> series, double[][] values,
            DoubleFunction<String> format) {
        return new BarChart(Layout.STACKED, categories, series, values, null, format);
    }

    /** Series side by side per category, with an optional reference line per category (NaN: none). */
    public static BarChart grouped(List<String> categories, List<Series> series, double[][] values, double[] markers,
            DoubleFunction<String> format) {
        if (markers != null && markers.length != categories.size()) {
            throw new IllegalArgumentException("One marker (or NaN) per category");
        }
        return new BarChart(Layout.GROUPED, categories, series, values, markers, format);
    }

    /** The step between value-axis lines: 1, 2 or 5 × 10ⁿ, at least 1, so that at most five steps reach the tallest. */
    static double stepFor(double tallest) {
        double magnitude = 1;
        while (true) {
            for (int mantissa : new int[] {1, 2, 5}) {
                double candidate = mantissa * magnitude;
                if (tallest / candidate <= MAX_STEPS) {
                    return candidate;
                }
            }
            magnitude *= 10;
        }
    }

    public List<Bar> getBars() {
        List<Bar> bars = new ArrayList<>();
        double slot = PLOT_WIDTH / categories.size();
        for (int c = 0; c < categories.size(); c++) {
            if (layout == Layout.STACKED) {
                double width = Math.min(slot * 0.62, 64);
                double x = LEFT + c * slot + (slot - width) / 2;
                double below = 0;
                for (int s = 0; s < series.size(); s++) {
                    double v = values[s][c];
                    if (Double.isNaN(v) || v <= 0) {
                        continue;
                    }
                    bars.add(new Bar(round(x), round(y(below + v)), round(width), round(height(v)), series.get(s).cssClass(),
                            title(c, s)));
                    below += v;
                }
            } else {
                double group = groupWidth(slot);
                double width = group / series.size();
                for (int s = 0; s < series.size(); s++) {
                    double v = values[s][c];
                    if (Double.isNaN(v) || v <= 0) {
                        continue;
                    }
                    double x = LEFT + c * slot + (slot - group) / 2 + s * width;
                    bars.add(new Bar(round(x + 1), round(y(v)), round(width - 2), round(height(v)), series.get(s).cssClass(),
                            title(c, s)));
                }
            }
        }
        return bars;
    }

    /** Figures above the bars: a stack's total, or each grouped bar's value (none for zero or missing). */
    public List<Label> getValueLabels() {
        List<Label> labels = new ArrayList<>();
        double slot = PLOT_WIDTH / categories.size();
        for (int c = 0; c < categories.size(); c++) {
            if (layout == Layout.STACKED) {
                double sum = total(c);
                if (sum > 0) {
                    labels.add(new Label(round(LEFT + (c + 0.5) * slot), round(y(sum) - 5), format.apply(sum)));
                }
            } else {
                double group = groupWidth(slot);
                double width = group / series.size();
                for (int s = 0; s < series.size(); s++) {
                    double v = values[s][c];
                    if (!Double.isNaN(v) && v > 0) {
                        double x = LEFT + c * slot + (slot - group) / 2 + (s + 0.5) * width;
                        labels.add(new Label(round(x), round(y(v) - 5), format.apply(v)));
                    }
                }
            }
        }
        return labels;
    }

    public List<Marker> getMarkers() {
        List<Marker> lines = new ArrayList<>();
        if (markers == null) {
            return lines;
        }
        double slot = PLOT_WIDTH / categories.size();
        double group = groupWidth(slot);
        for (int c = 0; c < categories.size(); c++) {
            if (!Double.isNaN(markers[c])) {
                double x = LEFT + c * slot + (slot - group) / 2;
                lines.add(new Marker(round(x - 6), round(x + group + 6), round(y(markers[c])),
                        categories.get(c) + ": " + format.apply(markers[c])));
            }
        }
        return lines;
    }

    /**
     * The category names under the axis, centred on their slot; when slots are too narrow for a
     * name (thirteen weeks and more), every second or third one, so they never run together.
     */
    public List<Label> getCategoryLabels() {
        List<Label> labels = new ArrayList<>();
        double slot = PLOT_WIDTH / categories.size();
        int every = (int) Math.ceil(MIN_LABEL_SPACING / slot);
        for (int c = 0; c < categories.size(); c += every) {
            labels.add(new Label(round(LEFT + (c + 0.5) * slot), round(TOP + PLOT_HEIGHT + 16), categories.get(c)));
        }
        return labels;
    }

    /** Value-axis lines from zero to the top, labelled at the left. */
    public List<Label> getTicks() {
        List<Label> ticks = new ArrayList<>();
        for (double v = 0; v <= axisMax + step / 2; v += step) {
            ticks.add(new Label(round(LEFT - 6), round(y(v)), format.apply(v)));
        }
        return ticks;
    }

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            List<String> cells = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                cells.add(Double.isNaN(values[s][c]) ? MISSING : format.apply(values[s][c]));
            }
            rows.add(new Row(categories.get(c), cells, layout == Layout.STACKED ? format.apply(total(c)) : null));
        }
        return rows;
    }

    public List<Series> getSeries() {
        return series;
    }

    public double getAxisMax() {
        return axisMax;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public double getPlotLeft() {
        return LEFT;
    }

    public double getPlotRight() {
        return LEFT + PLOT_WIDTH;
    }

    public double getPlotTop() {
        return TOP;
    }

    public double getPlotBottom() {
        return TOP + PLOT_HEIGHT;
    }

    /** Where the category-axis title sits: centred under the category labels. */
    public double getCategoryTitleX() {
        return round(LEFT + PLOT_WIDTH / 2);
    }

    public double getCategoryTitleY() {
        return HEIGHT - 6;
    }

    /** The value-axis title is drawn turned a quarter left, so its centre is (-y, x) in turned units. */
    public double getValueTitleCentre() {
        return -round(TOP + PLOT_HEIGHT / 2);
    }

    private double groupWidth(double slot) {
        return Math.min(slot * 0.7, 44.0 * series.size());
    }

    private double total(int category) {
        double sum = 0;
        for (double[] row : values) {
            if (!Double.isNaN(row[category])) {
                sum += row[category];
            }
        }
        return sum;
    }

    private double tallestIn(int category) {
        double tallest = 0;
        for (double[] row : values) {
            if (!Double.isNaN(row[category])) {
                tallest = Math.max(tallest, row[category]);
            }
        }
        return tallest;
    }

    private double y(double value) {
        return TOP + PLOT_HEIGHT - height(value);
    }

    private double height(double value) {
        return value / axisMax * PLOT_HEIGHT;
    }

    private String title(int category, int s) {
        return categories.get(category) + " · " + series.get(s).label() + ": " + format.apply(values[s][category]);
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }
}
