package org.lanterne.evaluation.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.evaluation.api.PublishedTable;
import org.lanterne.evaluation.api.SurvivalCurve;
import org.lanterne.evaluation.statistics.Interval;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts drawn from published indicators: withheld values are left out, and a saved chart is a PNG image or an SVG drawing of the asked size. */
class ChartsTest {

    static final PublishedTable BY_MONTH = new PublishedTable(List.of("2024-01", "2024-02"), List.of("treatment", "usual-care"),
            List.of(List.of("12", "<5"), List.of("x", "9")), List.of("x", "x"), List.of("x", "x"), "30");

    @TempDir
    Path folder;

    @Test
    void enrolmentBarsLeaveWithheldCountsOut() {
        JFreeChart chart = Charts.enrolments(BY_MONTH, "Enrolments", "Withheld counts are not drawn.", "Month", "People");
        var data = chart.getCategoryPlot().getDataset();
        assertEquals(12, data.getValue("treatment", "2024-01").intValue());
        assertEquals(null, data.getValue("usual-care", "2024-01"), "<5 is not drawn as a number");
        assertEquals(null, data.getValue("treatment", "2024-02"), "x is not drawn as a number");
        assertEquals(9, data.getValue("usual-care", "2024-02").intValue());
    }

    @Test
    void survivalCurvesAreDrawnWithTheirBandsAndWithheldOnesAreLeftOut() {
        SurvivalCurve drawn = new SurvivalCurve("treatment", "150", "13", List.of(new SurvivalCurve.Point(0, 1, new Interval(1, 1)),
                new SurvivalCurve.Point(1, 0.9, new Interval(0.8, 1))));
        SurvivalCurve withheld = new SurvivalCurve("usual-care", "<5", "<5", List.of());
        JFreeChart chart = Charts.survival(List.of(drawn, withheld), "Free of re-offending", "Months", "Share");
        var data = (org.jfree.data.xy.YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(1, data.getSeriesCount());
        assertEquals(0.8, data.getStartYValue(0, 1), 1e-12);
        assertEquals(1.0, data.getEndYValue(0, 1), 1e-12);
    }

    @Test
    void aSavedChartIsAPngImageOfTheAskedSizeWithTheChartDrawnOnIt() throws Exception {
        Path png = folder.resolve("enrolments.png");
        Charts.writePng(Charts.enrolments(BY_MONTH, "Enrolments", "Withheld counts are not drawn.", "Month", "People"), png, 640, 400);

        byte[] signature = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
        assertEquals("89504e470d0a1a0a", java.util.HexFormat.of().formatHex(signature), "PNG signature");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(640, image.getWidth());
        assertEquals(400, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < 640; x += 4) {
            for (int y = 0; y < 400; y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 5, "bars, axes and text are drawn: " + colours.size() + " colours");
    }

    @Test
    void aSavedChartIsAnSvgDrawingOfTheAskedSizeWithItsTextsAsText() throws Exception {
        Path svg = folder.resolve("enrolments.svg");
        Charts.writeSvg(Charts.enrolments(BY_MONTH, "Enrolments", "Withheld counts are not drawn.", "Month", "People"), svg, 640, 400);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the file names SVG 1.0's DTD; the build is offline and the drawing needs no validation
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("640", root.getAttribute("width"));
        assertEquals("400", root.getAttribute("height"));
        assertTrue(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() >= 3, "the bars are drawn");
        StringBuilder texts = new StringBuilder();
        NodeList all = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < all.getLength(); i++) {
            texts.append(all.item(i).getTextContent()).append('|');
        }
        // the title, the legend and the horizontal axis's name are text (rotated labels are drawn as shapes)
        for (String text : List.of("Enrolments", "treatment", "usual-care", "Month")) {
            assertTrue(texts.toString().contains(text + "|"), text + " in " + texts);
        }
    }
}
