package org.mixite.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Vector charts drawn with JFreeChart straight into the PDF (text as vector shapes, so nothing
 * depends on the fonts of the machine), in the colour-blind-safe palette, labelled in the
 * report's language.
 */
final class Charts {

    private final PdfStyle style;
    private final Messages messages;

    Charts(PdfStyle style, Messages messages) {
        this.style = style;
        this.messages = messages;
    }

    /** Women and men side by side per category. */
    JFreeChart sexBars(List<String> categories, List<Long> women, List<Long> men) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(women.get(i), messages.get("chart.women"), categories.get(i));
            data.addValue(men.get(i), messages.get("chart.men"), categories.get(i));
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true, false, false);
        styleBars(chart, false);
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.12); // room for the value labels
        return chart;
    }

    /** The share of women and men in each quartile band, stacked to 100%. */
    JFreeChart quartiles(List<Double> womenPercent, List<Double> menPercent) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < womenPercent.size(); i++) {
            String band = messages.get("chart.band", i + 1);
            data.addValue(womenPercent.get(i), messages.get("chart.women"), band);
            data.addValue(menPercent.get(i), messages.get("chart.men"), band);
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "%", data, PlotOrientation.VERTICAL, true, false, false);
        styleBars(chart, true);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    /** One line: the women's share at each step (the pipeline, or a trend). */
    JFreeChart line(String series, List<String> steps, List<Double> shares) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < steps.size(); i++) {
            data.addValue(shares.get(i), series, steps.get(i));
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, messages.get("chart.share"), data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = base(chart);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, PdfStyle.WOMEN);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", java.text.NumberFormat.getNumberInstance(messages.locale())));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.chartFont(9));
        plot.setRenderer(renderer);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        double max = shares.stream().mapToDouble(Double::doubleValue).max().orElse(50);
        axis.setRange(0, Math.max(50, Math.ceil(max / 10) * 10 + 10));
        return chart;
    }

    /** The pay gap split into its explained and unexplained parts, stacked on one bar. */
    JFreeChart explainedBar(double explained, double unexplained) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String bar = messages.get("chart.gap");
        data.addValue(explained, messages.get("chart.explained"), bar);
        data.addValue(unexplained, messages.get("chart.unexplained"), bar);
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, messages.get("chart.logpoints"), data,
                PlotOrientation.HORIZONTAL, true, false, false);
        styleBars(chart, true);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setSeriesPaint(0, PdfStyle.EXPLAINED);
        renderer.setSeriesPaint(1, PdfStyle.UNEXPLAINED);
        renderer.setMaximumBarWidth(0.6);
        return chart;
    }

    private void styleBars(JFreeChart chart, boolean stacked) {
        CategoryPlot plot = base(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, PdfStyle.WOMEN);
        renderer.setSeriesPaint(1, PdfStyle.MEN);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", java.text.NumberFormat.getNumberInstance(messages.locale())));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.chartFont(8.5f));
        renderer.setDefaultItemLabelPaint(stacked ? Color.WHITE : PdfStyle.INK);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(style.chartFont(9));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private CategoryPlot base(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(PdfStyle.RULE);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(style.chartFont(9));
        domain.setLabelFont(style.chartFont(9));
        domain.setMaximumCategoryLabelLines(2);
        ValueAxis range = plot.getRangeAxis();
        range.setTickLabelFont(style.chartFont(8.5f));
        range.setLabelFont(style.chartFont(9));
        return plot;
    }

    /** Draws a chart as a vector image of the given size (points). */
    static Image image(PdfContentByte canvas, JFreeChart chart, float width, float height) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g = template.createGraphicsShapes(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        try {
            Image image = Image.getInstance(template);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
