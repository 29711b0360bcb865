package org.lanterne.evaluation.ui.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.SurvivalCurve;
import org.w3c.dom.Document;

/**
 * The charts of the part, drawn by JFreeChart from what the indicators publish: withheld counts
 * are left out of the bars, never guessed, and withheld curves are not drawn.
 */
final class Charts {

    private static final Color[] GROUP_COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
            new Color(0xff7f0e), new Color(0x8c564b), new Color(0x17becf), new Color(0x7f7f7f) };

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private Charts() {
    }

    /** @return stacked bars of enrolments per month, one colour per group, with a note that withheld counts are not drawn */
    static JFreeChart enrolments(PublishedTable byMonth, String title, String withheldNote, String monthAxis, String peopleAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int row = 0; row < byMonth.rows().size(); row++) {
            for (int column = 0; column < byMonth.columns().size(); column++) {
                OptionalLong count = byMonth.count(row, column);
                data.addValue(count.isPresent() ? Long.valueOf(count.getAsLong()) : null, byMonth.columns().get(column), byMonth.rows().get(row));
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, monthAxis, peopleAxis, data, PlotOrientation.VERTICAL, true, false, false);
        chart.addSubtitle(new TextTitle(withheldNote));
        // months as yyyy-MM, written upwards so that every one can be read
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        for (int group = 0; group < byMonth.columns().size(); group++) {
            chart.getCategoryPlot().getRenderer().setSeriesPaint(group, GROUP_COLOURS[group % GROUP_COLOURS.length]);
        }
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** @return the Kaplan–Meier estimate of each group that is not withheld, month by month, with its 95 % band */
    static JFreeChart survival(List<SurvivalCurve> curves, String title, String monthAxis, String shareAxis) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (SurvivalCurve curve : curves) {
            if (curve.withheld()) {
                continue;
            }
            YIntervalSeries series = new YIntervalSeries(curve.group());
            for (SurvivalCurve.Point point : curve.points()) {
                double lower = Double.isNaN(point.interval().lower()) ? point.survival() : point.interval().lower();
                double upper = Double.isNaN(point.interval().upper()) ? point.survival() : point.interval().upper();
                series.add(point.month(), point.survival(), lower, upper);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, monthAxis, shareAxis, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        for (int series = 0; series < data.getSeriesCount(); series++) {
            Color colour = GROUP_COLOURS[series % GROUP_COLOURS.length];
            renderer.setSeriesPaint(series, colour);
            renderer.setSeriesFillPaint(series, colour);
        }
        renderer.setAlpha(0.2f);
        plot.setRenderer(renderer);
        plot.getRangeAxis().setRange(0, 1.02);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Writes the chart as an SVG drawing of the given size: the same drawing as on screen, made on
     * Batik's SVG {@code Graphics2D}, texts kept as text.
     */
    static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Every Java runtime has a DOM implementation", e);
        }
        SVGGraphics2D svg = new SVGGraphics2D(document);
        svg.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            svg.stream(out, true);
        } finally {
            svg.dispose();
        }
    }

    /** Writes the chart as a PNG image of the given size. */
    static void writePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }
}
