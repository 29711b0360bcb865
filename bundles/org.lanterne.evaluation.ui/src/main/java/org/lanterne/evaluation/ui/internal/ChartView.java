package org.lanterne.evaluation.ui.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.text.MessageFormat;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.jfree.chart.JFreeChart;
import org.lanterne.evaluation.ui.EvaluationWidgetIds;

/**
 * A chart in the part: JFreeChart draws it into an image of the canvas's size, the same drawing
 * that {@link Charts#writePng} and {@link Charts#writeSvg} save, so that a file shows what the screen
 * shows. Two buttons save it as PNG or SVG.
 */
final class ChartView {

    private static final System.Logger LOG = System.getLogger(ChartView.class.getName());
    static final int HEIGHT = 280;
    /** The width a chart asks for at least; the part's grid gives it its share of the rest. */
    static final int WIDTH = 280;

    private final EvaluationMessages messages;
    private final Composite area;
    private final Canvas canvas;
    private JFreeChart chart;
    private Image image;

    ChartView(Composite parent, String id, EvaluationMessages messages) {
        this.messages = messages;
        area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        GridData areaSize = new GridData(SWT.FILL, SWT.TOP, true, false);
        areaSize.widthHint = WIDTH;
        area.setLayoutData(areaSize);
        canvas = new Canvas(area, SWT.DOUBLE_BUFFERED);
        canvas.setData(EvaluationWidgetIds.KEY, id);
        GridData size = new GridData(SWT.FILL, SWT.TOP, true, false);
        size.heightHint = HEIGHT;
        size.widthHint = WIDTH;
        canvas.setLayoutData(size);
        canvas.addListener(SWT.Paint, event -> {
            Rectangle bounds = canvas.getClientArea();
            if (chart != null && bounds.width > 0 && bounds.height > 0) {
                if (image == null || image.getBounds().width != bounds.width || image.getBounds().height != bounds.height) {
                    disposeImage();
                    image = new Image(canvas.getDisplay(), imageData(chart.createBufferedImage(bounds.width, bounds.height)));
                }
                event.gc.drawImage(image, 0, 0);
            }
        });
        canvas.addListener(SWT.Dispose, event -> disposeImage());
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        saveButton(buttons, messages.evaluation_save_png, id + ".png", "*.png", Charts::writePng);
        saveButton(buttons, messages.evaluation_save_svg, id + ".svg", "*.svg", Charts::writeSvg);
    }

    /** How a chart is written to a file of a given size. */
    @FunctionalInterface
    private interface ChartWriter {
        void write(JFreeChart chart, Path file, int width, int height) throws IOException;
    }

    private void saveButton(Composite parent, String text, String id, String extension, ChartWriter writer) {
        Button save = new Button(parent, SWT.PUSH);
        save.setText(text);
        save.setData(EvaluationWidgetIds.KEY, id);
        save.addListener(SWT.Selection, event -> saveAs(extension, writer));
    }

    /** Shows another chart, or none. */
    void show(JFreeChart shown) {
        chart = shown;
        disposeImage();
        area.setVisible(shown != null);
        ((GridData) area.getLayoutData()).exclude = shown == null;
        canvas.redraw();
    }

    private void saveAs(String extension, ChartWriter writer) {
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null && chart != null) {
            Rectangle bounds = canvas.getClientArea();
            try {
                writer.write(chart, Path.of(file), Math.max(bounds.width, 640), Math.max(bounds.height, 400));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The chart could not be saved", e);
                MessageBox box = new MessageBox(canvas.getShell(), SWT.ICON_ERROR | SWT.OK);
                box.setMessage(MessageFormat.format(messages.evaluation_save_failed, file));
                box.open();
            }
        }
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** @return the image's pixels as SWT image data (24-bit RGB) */
    static ImageData imageData(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
