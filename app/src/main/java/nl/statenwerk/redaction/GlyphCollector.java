package nl.statenwerk.redaction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jspecify.annotations.Nullable;

/**
 * Runs a page's content the way a viewer would and notes, per content stream (the page's, each Form XObject's) and per
 * operator in it, every glyph shown with its place on the page, and every image drawn with its transformation.
 *
 * <p>Operators are numbered as {@link org.apache.pdfbox.pdfparser.PDFStreamParser} yields them, the same numbering
 * the rewrite uses, so a glyph found here can be taken out of exactly the string that showed it. Type 3 glyph
 * procedures are not run: the glyph that calls them is what is shown, and what is removed.
 */
final class GlyphCollector extends PDFGraphicsStreamEngine {

    /** A content stream: the page's (key the page) or a form's (key its stream dictionary). */
    static final class Frame {
        final Object key;
        final @Nullable PDFormXObject form;
        int next;
        int current = -1;
        int depth;
        int ordinal;

        Frame(Object key, @Nullable PDFormXObject form) {
            this.key = key;
            this.form = form;
        }
    }

    /**
     * One glyph on the page.
     *
     * @param ordinal its place among the glyphs of its operator
     */
    record Glyph(
            Object streamKey,
            int operator,
            int ordinal,
            PDFont font,
            int code,
            String unicode,
            double minX,
            double minY,
            double maxX,
            double maxY,
            float fontSize,
            float charSpacing,
            float wordSpacing,
            boolean label) {}

    /** An image drawn on the page: the unit square maps to the page through {@code ctm}. */
    record ImageUse(
            @Nullable PDResources resources,
            @Nullable COSName name,
            PDImage image,
            Matrix ctm,
            Object streamKey,
            int operator) {}

    /** A form's stream that marks it as one of our labels, which the check after redaction disregards. */
    static final COSName LABEL_MARK = COSName.getPDFName("StatenwerkRedactionLabel");

    final List<Glyph> glyphs = new ArrayList<>();
    final List<ImageUse> images = new ArrayList<>();
    final Map<Object, PDFormXObject> forms = new java.util.LinkedHashMap<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private @Nullable COSName lastXObjectName;
    private final PDPage page;

    GlyphCollector(PDPage page) {
        super(page);
        this.page = page;
    }

    void run() throws IOException {
        frames.push(new Frame(page, null));
        processPage(page);
        frames.pop();
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        Frame frame = frames.peek();
        if (frame == null || frame.depth > 0) {
            super.processOperator(operator, operands);
            return;
        }
        frame.current = frame.next++;
        frame.ordinal = 0;
        frame.depth++;
        try {
            if (OperatorName.DRAW_OBJECT.equals(operator.getName())
                    && !operands.isEmpty()
                    && operands.getFirst() instanceof COSName name) {
                lastXObjectName = name;
            } else {
                lastXObjectName = null;
            }
            super.processOperator(operator, operands);
        } finally {
            frame.depth--;
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        enter(form);
        try {
            super.showForm(form);
        } finally {
            frames.pop();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        enter(form);
        try {
            super.showTransparencyGroup(form);
        } finally {
            frames.pop();
        }
    }

    private void enter(PDFormXObject form) {
        forms.put(form.getCOSObject(), form);
        frames.push(new Frame(form.getCOSObject(), form));
    }

    private boolean inLabel() {
        for (Frame frame : frames) {
            if (frame.form != null && frame.form.getCOSObject().getBoolean(LABEL_MARK, false)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        Frame frame = frames.peek();
        if (frame == null) {
            return;
        }
        int ordinal = frame.ordinal++;
        double width = font.isVertical() ? 1 : displacement.getX();
        if (width <= 0) {
            width = 0.5;
        }
        double descent = -0.25;
        double ascent = 0.85;
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && descriptor.getAscent() > 0) {
            ascent = Math.min(1.2, descriptor.getAscent() / 1000);
            descent = Math.max(-0.6, Math.min(-0.1, descriptor.getDescent() / 1000));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] corner : new double[][] {{0, descent}, {width, descent}, {0, ascent}, {width, ascent}}) {
            Point2D.Float p = trm.transformPoint((float) corner[0], (float) corner[1]);
            minX = Math.min(minX, p.x);
            minY = Math.min(minY, p.y);
            maxX = Math.max(maxX, p.x);
            maxY = Math.max(maxY, p.y);
        }
        String unicode = font.toUnicode(code);
        PDTextState text = getGraphicsState().getTextState();
        glyphs.add(new Glyph(
                frame.key,
                frame.current,
                ordinal,
                font,
                code,
                unicode == null ? "\uFFFD" : unicode,
                minX,
                minY,
                maxX,
                maxY,
                text.getFontSize(),
                text.getCharacterSpacing(),
                text.getWordSpacing(),
                inLabel()));
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Frame frame = frames.peek();
        if (frame == null) {
            return;
        }
        boolean xobject = pdImage instanceof PDImageXObject;
        images.add(new ImageUse(
                xobject ? getResources() : null,
                xobject ? lastXObjectName : null,
                pdImage,
                getGraphicsState().getCurrentTransformationMatrix().clone(),
                frame.key,
                frame.current));
    }

    // paths need no bookkeeping: whatever they draw under a box is painted over

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
}
