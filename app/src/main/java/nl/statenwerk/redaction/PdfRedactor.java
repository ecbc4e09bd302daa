package nl.statenwerk.redaction;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.redaction.GlyphCollector.Glyph;
import nl.statenwerk.redaction.GlyphCollector.ImageUse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jspecify.annotations.Nullable;

/**
 * True redaction of a PDF with PDFBox: what lies under a box is taken out of the document, then the box is painted
 * black with its Woo ground in it.
 *
 * <ul>
 *   <li>Text: each glyph whose outline touches a box is cut from the string that shows it (in the page's content
 *       stream or a Form XObject's), and replaced by a move of the same width, so the text around it stays in place.
 *   <li>Images: the pixels under a box are made black in the image data itself, which is encoded anew.
 *   <li>Vector graphics stay, under the opaque black box.
 *   <li>What could leak elsewhere goes: annotations on a box, form fields, embedded files, JavaScript and other
 *       actions, optional content, thumbnails, the document information and XMP metadata, alternative and actual
 *       texts of the structure on redacted pages, bookmarks naming what was redacted, and earlier revisions (the
 *       document is written anew, never incrementally).
 * </ul>
 *
 * <p>Afterwards the result is read again: when any text is still found under a box, by our own glyph positions or by
 * PDFBox's {@link PDFTextStripperByArea}, the redaction is refused. So is anything under a box that this class cannot
 * remove with certainty (an inline image, a stencil mask, text in a tiling pattern, vertical text).
 */
public final class PdfRedactor {

    /**
     * A redacted document.
     *
     * @param removedText per box (in the order given), the text taken out under it
     */
    public record Result(byte[] pdf, List<String> removedText, int imagesChanged, int annotationsRemoved) {}

    private static final Set<String> SHOW_TEXT = Set.of(
            OperatorName.SHOW_TEXT,
            OperatorName.SHOW_TEXT_ADJUSTED,
            OperatorName.SHOW_TEXT_LINE,
            OperatorName.SHOW_TEXT_LINE_AND_SPACE);

    private static final Set<COSName> RISKY_ANNOTATIONS = Set.of(
            COSName.WIDGET,
            COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("Screen"),
            COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"),
            COSName.getPDFName("RichMedia"),
            COSName.getPDFName("3D"));

    private static final List<COSName> CATALOG_LEAKS = List.of(
            COSName.ACRO_FORM,
            COSName.OPEN_ACTION,
            COSName.AA,
            COSName.OCPROPERTIES,
            COSName.METADATA,
            COSName.PIECE_INFO,
            COSName.PERMS,
            COSName.THREADS,
            COSName.getPDFName("SpiderInfo"),
            COSName.getPDFName("Collection"),
            COSName.AF);

    private static final List<COSName> PAGE_LEAKS = List.of(
            COSName.AA, COSName.getPDFName("Thumb"), COSName.PIECE_INFO, COSName.METADATA, COSName.AF, COSName.B);

    private static final List<COSName> ALTERNATIVES =
            List.of(COSName.ALT, COSName.ACTUAL_TEXT, COSName.E, COSName.getPDFName("T"));

    /** The boxes over every whole-word occurrence of {@code term} (case and accents as typed, case-insensitive). */
    public List<RedactionBox> find(byte[] pdf, String term, String ground, @Nullable String note) {
        String normalized = term.strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])"
                        + String.join(
                                "\\s+",
                                java.util.Arrays.stream(normalized.split("\\s+"))
                                        .map(Pattern::quote)
                                        .toList())
                        + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<RedactionBox> boxes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pageNumber = 0;
            for (PDPage page : doc.getPages()) {
                pageNumber++;
                GlyphCollector collector = new GlyphCollector(page);
                collector.run();
                StringBuilder text = new StringBuilder();
                List<Integer> owner = new ArrayList<>();
                Glyph previous = null;
                for (int i = 0; i < collector.glyphs.size(); i++) {
                    Glyph g = collector.glyphs.get(i);
                    if (previous != null && gap(previous, g)) {
                        text.append(' ');
                        owner.add(-1);
                    }
                    for (int c = 0; c < g.unicode().length(); c++) {
                        owner.add(i);
                    }
                    text.append(g.unicode());
                    previous = g;
                }
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    List<Glyph> line = new ArrayList<>();
                    for (int c = m.start(); c < m.end(); c++) {
                        int index = owner.get(c);
                        if (index < 0) {
                            continue;
                        }
                        Glyph g = collector.glyphs.get(index);
                        if (!line.isEmpty() && !line.getLast().equals(g) && !sameLine(line.getLast(), g)) {
                            boxes.add(box(pageNumber, line, ground, note));
                            line = new ArrayList<>();
                        }
                        if (line.isEmpty() || !line.getLast().equals(g)) {
                            line.add(g);
                        }
                    }
                    if (!line.isEmpty()) {
                        boxes.add(box(pageNumber, line, ground, note));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return boxes;
    }

    private static boolean gap(Glyph a, Glyph b) {
        double height = Math.max(1, a.maxY() - a.minY());
        return !sameLine(a, b) || b.minX() - a.maxX() > 0.15 * height || b.maxX() < a.minX();
    }

    private static boolean sameLine(Glyph a, Glyph b) {
        double height = Math.max(1, a.maxY() - a.minY());
        return Math.abs(a.minY() - b.minY()) < 0.5 * height;
    }

    private static RedactionBox box(int page, List<Glyph> glyphs, String ground, @Nullable String note) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            minX = Math.min(minX, g.minX());
            minY = Math.min(minY, g.minY());
            maxX = Math.max(maxX, g.maxX());
            maxY = Math.max(maxY, g.maxY());
        }
        float pad = 0.5f;
        return new RedactionBox(
                page,
                (float) minX - pad,
                (float) minY - pad,
                (float) (maxX - minX) + 2 * pad,
                (float) (maxY - minY) + 2 * pad,
                ground,
                note);
    }

    /**
     * Redacts; the given bytes are not changed.
     *
     * @throws RedactionRefusedException when something under a box cannot be removed with certainty
     */
    public Result redact(byte[] pdf, List<RedactionBox> boxes) {
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("nothing to redact");
        }
        Map<Integer, List<RedactionBox>> byPage = new TreeMap<>();
        for (RedactionBox box : boxes) {
            byPage.computeIfAbsent(box.page(), p -> new ArrayList<>()).add(box);
        }
        Map<RedactionBox, StringBuilder> removed = new LinkedHashMap<>();
        boxes.forEach(b -> removed.put(b, new StringBuilder()));
        int imagesChanged = 0;
        int annotationsRemoved = 0;
        byte[] result;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.setAllSecurityToBeRemoved(true);
            int pageCount = doc.getNumberOfPages();
            for (var entry : byPage.entrySet()) {
                if (entry.getKey() > pageCount) {
                    throw new IllegalArgumentException(
                            "page " + entry.getKey() + " does not exist; the document has " + pageCount);
                }
                PDPage page = doc.getPage(entry.getKey() - 1);
                List<RedactionBox> pageBoxes = entry.getValue();
                GlyphCollector collector = new GlyphCollector(page);
                collector.run();
                refuseTextInPatterns(page, collector, entry.getKey());
                removeText(doc, page, collector, pageBoxes, removed);
                imagesChanged += removeImages(doc, collector, pageBoxes, entry.getKey());
                annotationsRemoved += removeAnnotations(page, pageBoxes);
                cover(doc, page, pageBoxes);
            }
            Set<String> words = removedWords(removed.values());
            annotationsRemoved += clean(doc, byPage.keySet(), words);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            result = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        verify(result, byPage);
        return new Result(
                result,
                removed.values().stream().map(s -> s.toString().strip()).toList(),
                imagesChanged,
                annotationsRemoved);
    }

    private static void refuseTextInPatterns(PDPage page, GlyphCollector collector, int pageNumber) throws IOException {
        List<PDResources> all = new ArrayList<>();
        if (page.getResources() != null) {
            all.add(page.getResources());
        }
        for (PDFormXObject form : collector.forms.values()) {
            if (form.getResources() != null) {
                all.add(form.getResources());
            }
        }
        for (PDResources resources : all) {
            for (COSName name : resources.getPatternNames()) {
                PDAbstractPattern pattern = resources.getPattern(name);
                if (pattern instanceof PDTilingPattern tiling && showsText(tiling)) {
                    throw new RedactionRefusedException("Pagina " + pageNumber
                            + " vult vlakken met een patroon dat tekst bevat; die tekst kan niet gelakt worden.");
                }
            }
        }
    }

    private static boolean showsText(PDTilingPattern tiling) throws IOException {
        for (Object token : new PDFStreamParser(tiling).parse()) {
            if (token instanceof Operator op && SHOW_TEXT.contains(op.getName())) {
                return true;
            }
        }
        return false;
    }

    private static void removeText(
            PDDocument doc,
            PDPage page,
            GlyphCollector collector,
            List<RedactionBox> boxes,
            Map<RedactionBox, StringBuilder> removed)
            throws IOException {
        // per stream, per operator, per glyph ordinal: the glyphs to cut
        Map<Object, Map<Integer, Map<Integer, Glyph>>> cuts = new IdentityHashMap<>();
        for (Glyph g : collector.glyphs) {
            for (RedactionBox box : boxes) {
                if (box.intersects(g.minX(), g.minY(), g.maxX(), g.maxY())) {
                    if (g.font().isVertical()) {
                        throw new RedactionRefusedException("Pagina " + box.page()
                                + " heeft verticale tekst onder een vlak; die kan niet gelakt worden.");
                    }
                    cuts.computeIfAbsent(g.streamKey(), k -> new HashMap<>())
                            .computeIfAbsent(g.operator(), k -> new HashMap<>())
                            .put(g.ordinal(), g);
                    removed.get(box).append(g.unicode());
                    break;
                }
            }
        }
        // the page's own stream is always written anew: that also drops marked-content alternative texts
        page.setContents(new PDStream(
                doc,
                new ByteArrayInputStream(rewrite(new PDFStreamParser(page).parse(), cuts.getOrDefault(page, Map.of()))),
                COSName.FLATE_DECODE));
        for (var form : collector.forms.entrySet()) {
            Map<Integer, Map<Integer, Glyph>> formCuts = cuts.get(form.getKey());
            if (formCuts == null) {
                continue;
            }
            PDFormXObject xobject = form.getValue();
            byte[] content = rewrite(new PDFStreamParser(xobject).parse(), formCuts);
            COSStream stream = xobject.getCOSObject();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
        }
    }

    private static byte[] rewrite(List<Object> tokens, Map<Integer, Map<Integer, Glyph>> cuts) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        int index = -1;
        for (Object token : tokens) {
            if (!(token instanceof Operator op)) {
                operands.add(token);
                continue;
            }
            index++;
            Map<Integer, Glyph> cut = cuts.get(index);
            String name = op.getName();
            if (cut != null && SHOW_TEXT.contains(name)) {
                Glyph any = cut.values().iterator().next();
                COSArray shown = new COSArray();
                int[] ordinal = {0};
                if (name.equals(OperatorName.SHOW_TEXT_ADJUSTED)) {
                    if (operands.getLast() instanceof COSArray array) {
                        for (COSBase element : array) {
                            COSBase value = element instanceof COSObject o ? o.getObject() : element;
                            if (value instanceof COSString s) {
                                split(s, any.font(), cut, ordinal, shown);
                            } else if (value instanceof COSNumber n) {
                                shown.add(n);
                            }
                        }
                    }
                } else if (operands.getLast() instanceof COSString s) {
                    split(s, any.font(), cut, ordinal, shown);
                }
                if (name.equals(OperatorName.SHOW_TEXT_LINE_AND_SPACE) && operands.size() >= 3) {
                    out.add(operands.get(operands.size() - 3));
                    out.add(Operator.getOperator(OperatorName.SET_WORD_SPACING));
                    out.add(operands.get(operands.size() - 2));
                    out.add(Operator.getOperator(OperatorName.SET_CHAR_SPACING));
                }
                if (!name.equals(OperatorName.SHOW_TEXT) && !name.equals(OperatorName.SHOW_TEXT_ADJUSTED)) {
                    out.add(Operator.getOperator(OperatorName.NEXT_LINE));
                }
                out.add(shown);
                out.add(Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
            } else {
                if (name.equals(OperatorName.BEGIN_MARKED_CONTENT_SEQ)
                        && !operands.isEmpty()
                        && operands.getLast() instanceof COSDictionary properties) {
                    // an alternative or actual text in the content itself may repeat what was redacted
                    ALTERNATIVES.forEach(properties::removeItem);
                }
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        out.addAll(operands);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ContentStreamWriter(bytes).writeTokens(out);
        return bytes.toByteArray();
    }

    /** Appends the string to {@code shown} without the cut glyphs, each replaced by a move of its width. */
    private static void split(COSString string, PDFont font, Map<Integer, Glyph> cut, int[] ordinal, COSArray shown)
            throws IOException {
        byte[] bytes = string.getBytes();
        InputStream in = new ByteArrayInputStream(bytes);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int position = 0;
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int length = before - in.available();
            Glyph glyph = cut.get(ordinal[0]++);
            if (glyph == null) {
                kept.write(bytes, position, length);
            } else {
                if (kept.size() > 0) {
                    shown.add(new COSString(kept.toByteArray()));
                    kept.reset();
                }
                float size = glyph.fontSize();
                if (size != 0) {
                    double advance = font.getDisplacement(code).getX() * size
                            + glyph.charSpacing()
                            + (length == 1 && code == 32 ? glyph.wordSpacing() : 0);
                    shown.add(new COSFloat((float) (-advance * 1000 / size)));
                }
            }
            position += length;
        }
        if (kept.size() > 0) {
            shown.add(new COSString(kept.toByteArray()));
        }
    }

    private static int removeImages(PDDocument doc, GlyphCollector collector, List<RedactionBox> boxes, int page)
            throws IOException {
        Map<COSStream, List<ImageUse>> hits = new IdentityHashMap<>();
        Map<COSStream, PDImageXObject> images = new IdentityHashMap<>();
        for (ImageUse use : collector.images) {
            Rectangle2D bounds = use.ctm()
                    .createAffineTransform()
                    .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1))
                    .getBounds2D();
            boolean under = boxes.stream()
                    .anyMatch(
                            b -> b.intersects(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()));
            if (!under) {
                continue;
            }
            if (!(use.image() instanceof PDImageXObject xobject)) {
                throw new RedactionRefusedException("Pagina " + page
                        + " heeft een ingebed (inline) beeld onder een vlak; dat kan niet gelakt worden.");
            }
            if (xobject.isStencil()) {
                throw new RedactionRefusedException("Pagina " + page
                        + " heeft een maskerbeeld (stencil) onder een vlak; dat kan niet gelakt worden.");
            }
            hits.computeIfAbsent(xobject.getCOSObject(), k -> new ArrayList<>()).add(use);
            images.put(xobject.getCOSObject(), xobject);
        }
        for (var hit : hits.entrySet()) {
            PDImageXObject original = images.get(hit.getKey());
            BufferedImage source = original.getImage();
            int w = source.getWidth();
            int h = source.getHeight();
            boolean alpha = source.getColorModel().hasAlpha();
            BufferedImage image =
                    new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            image.getGraphics().drawImage(source, 0, 0, null);
            for (ImageUse use : hit.getValue()) {
                AffineTransform toPage = use.ctm().createAffineTransform();
                for (RedactionBox box : boxes) {
                    blacken(image, toPage, box);
                }
            }
            PDImageXObject redacted =
                    COSName.DCT_DECODE.equals(original.getCOSObject().getItem(COSName.FILTER)) && !alpha
                            ? JPEGFactory.createFromImage(doc, image, 0.9f)
                            : LosslessFactory.createFromImage(doc, image);
            // replaced in place, so every use of the image, on any page, loses the pixels
            COSStream target = hit.getKey();
            COSStream replacement = redacted.getCOSObject();
            for (COSName key : new ArrayList<>(target.keySet())) {
                target.removeItem(key);
            }
            for (var item : replacement.entrySet()) {
                if (!COSName.LENGTH.equals(item.getKey())) {
                    target.setItem(item.getKey(), item.getValue());
                }
            }
            try (InputStream in = replacement.createRawInputStream();
                    OutputStream out = target.createRawOutputStream()) {
                in.transferTo(out);
            }
        }
        return hits.size();
    }

    private static void blacken(BufferedImage image, AffineTransform toPage, RedactionBox box) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform toUnit;
        try {
            toUnit = toPage.createInverse();
        } catch (NoninvertibleTransformException e) {
            return;
        }
        Rectangle2D unit = toUnit.createTransformedShape(
                        new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()))
                .getBounds2D();
        int fromX = Math.max(0, (int) Math.floor(unit.getMinX() * w) - 1);
        int toX = Math.min(w - 1, (int) Math.ceil(unit.getMaxX() * w) + 1);
        int fromRow = Math.max(0, (int) Math.floor((1 - unit.getMaxY()) * h) - 1);
        int toRow = Math.min(h - 1, (int) Math.ceil((1 - unit.getMinY()) * h) + 1);
        Point2D.Double point = new Point2D.Double();
        for (int row = fromRow; row <= toRow; row++) {
            for (int col = fromX; col <= toX; col++) {
                // a pixel goes when any part of it lies under the box: test its corners and centre
                boolean under = false;
                for (double[] d : new double[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}, {0.5, 0.5}}) {
                    point.setLocation((col + d[0]) / w, 1 - (row + d[1]) / h);
                    toPage.transform(point, point);
                    if (box.contains(point.x, point.y)) {
                        under = true;
                        break;
                    }
                }
                if (under) {
                    image.setRGB(col, row, 0xFF000000);
                }
            }
        }
    }

    private static int removeAnnotations(PDPage page, List<RedactionBox> boxes) throws IOException {
        List<PDAnnotation> annotations = page.getAnnotations();
        List<PDAnnotation> kept = new ArrayList<>();
        for (PDAnnotation annotation : annotations) {
            PDRectangle r = annotation.getRectangle();
            boolean under = r != null
                    && boxes.stream()
                            .anyMatch(b -> b.intersects(
                                    r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getUpperRightY()));
            if (!under) {
                kept.add(annotation);
            }
        }
        int count = annotations.size() - kept.size();
        page.setAnnotations(kept);
        return count;
    }

    private static void cover(PDDocument doc, PDPage page, List<RedactionBox> boxes) throws IOException {
        PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDPageContentStream cs =
                new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setNonStrokingColor(0f);
            for (RedactionBox box : boxes) {
                cs.addRect(box.x(), box.y(), box.width(), box.height());
            }
            cs.fill();
            for (RedactionBox box : boxes) {
                PDFormXObject label = new PDFormXObject(doc);
                label.setBBox(new PDRectangle(box.x(), box.y(), box.width(), box.height()));
                label.setResources(new PDResources());
                label.getCOSObject().setBoolean(GlyphCollector.LABEL_MARK, true);
                float size = Math.min(9f, box.height() * 0.7f);
                float width = font.getStringWidth(box.ground()) / 1000 * size;
                if (width > box.width() - 1 && width > 0) {
                    size = size * Math.max(0.1f, box.width() - 1) / width;
                    width = font.getStringWidth(box.ground()) / 1000 * size;
                }
                try (PDFormContentStream fs = new PDFormContentStream(label)) {
                    fs.setNonStrokingColor(1f);
                    fs.beginText();
                    fs.setFont(font, size);
                    fs.newLineAtOffset(box.x() + (box.width() - width) / 2, box.y() + (box.height() - size * 0.7f) / 2);
                    fs.showText(box.ground());
                    fs.endText();
                }
                cs.drawForm(label);
            }
        }
    }

    private static Set<String> removedWords(Iterable<StringBuilder> removed) {
        Set<String> words = new LinkedHashSet<>();
        for (StringBuilder text : removed) {
            for (String word : text.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Takes out of the whole document what could repeat or hide what was redacted. */
    private static int clean(PDDocument doc, Set<Integer> redactedPages, Set<String> words) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        CATALOG_LEAKS.forEach(catalog.getCOSObject()::removeItem);
        if (catalog.getCOSObject().getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
            names.removeItem(COSName.EMBEDDED_FILES);
            names.removeItem(COSName.JAVA_SCRIPT);
            names.removeItem(COSName.getPDFName("AlternatePresentations"));
        }
        PDDocumentInformation info = new PDDocumentInformation();
        info.setProducer("Statenwerk (gelakt)");
        doc.setDocumentInformation(info);
        int removed = 0;
        Set<COSDictionary> pageDictionaries = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            if (redactedPages.contains(number)) {
                pageDictionaries.add(page.getCOSObject());
            }
            PAGE_LEAKS.forEach(page.getCOSObject()::removeItem);
            List<PDAnnotation> annotations = page.getAnnotations();
            List<PDAnnotation> kept = new ArrayList<>();
            for (PDAnnotation annotation : annotations) {
                COSName subtype = annotation.getCOSObject().getCOSName(COSName.SUBTYPE);
                if (RISKY_ANNOTATIONS.contains(subtype)) {
                    continue;
                }
                annotation.getCOSObject().removeItem(COSName.AA);
                if (!(annotation instanceof PDAnnotationLink)) {
                    annotation.getCOSObject().removeItem(COSName.A);
                } else if (annotation.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary action
                        && !COSName.URI.equals(action.getCOSName(COSName.S))
                        && !COSName.getPDFName("GoTo").equals(action.getCOSName(COSName.S))) {
                    annotation.getCOSObject().removeItem(COSName.A);
                }
                if (!words.isEmpty() && mentions(annotation.getContents(), words)) {
                    continue;
                }
                kept.add(annotation);
            }
            // a popup whose parent went, goes too
            kept.removeIf(a -> a instanceof PDAnnotationPopup popup
                    && popup.getParent() != null
                    && kept.stream()
                            .noneMatch(
                                    k -> k.getCOSObject() == popup.getParent().getCOSObject()));
            removed += annotations.size() - kept.size();
            page.setAnnotations(kept);
        }
        if (catalog.getStructureTreeRoot() != null) {
            stripStructure(
                    catalog.getStructureTreeRoot().getCOSObject(), pageDictionaries, words, new java.util.HashSet<>());
        }
        if (catalog.getDocumentOutline() != null) {
            stripOutline(catalog.getDocumentOutline(), words);
        }
        return removed;
    }

    private static boolean mentions(@Nullable String text, Set<String> words) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains);
    }

    private static void stripStructure(COSBase node, Set<COSDictionary> pages, Set<String> words, Set<COSBase> seen) {
        COSBase value = node instanceof COSObject o ? o.getObject() : node;
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof COSArray array) {
            for (COSBase item : array) {
                stripStructure(item, pages, words, seen);
            }
        } else if (value instanceof COSDictionary dict) {
            boolean onRedactedPage =
                    dict.getDictionaryObject(COSName.PG) instanceof COSDictionary pg && pages.contains(pg);
            boolean mentions =
                    ALTERNATIVES.stream().anyMatch(k -> !words.isEmpty() && mentions(dict.getString(k), words));
            if (onRedactedPage || mentions) {
                List.of(COSName.ALT, COSName.ACTUAL_TEXT, COSName.E).forEach(dict::removeItem);
            }
            if (mentions) {
                dict.removeItem(COSName.getPDFName("T"));
            }
            COSBase kids = dict.getItem(COSName.K);
            if (kids != null) {
                stripStructure(kids, pages, words, seen);
            }
        }
    }

    private static void stripOutline(PDOutlineNode node, Set<String> words) {
        for (PDOutlineItem item : node.children()) {
            if (mentions(item.getTitle(), words)) {
                item.setTitle("[gelakt]");
            }
            stripOutline(item, words);
        }
    }

    /** Reads the result again and refuses it when any text is still found under a box. */
    private static void verify(byte[] pdf, Map<Integer, List<RedactionBox>> byPage) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var entry : byPage.entrySet()) {
                PDPage page = doc.getPage(entry.getKey() - 1);
                GlyphCollector collector = new GlyphCollector(page);
                collector.run();
                for (Glyph g : collector.glyphs) {
                    if (g.label() || g.unicode().isBlank()) {
                        continue;
                    }
                    for (RedactionBox box : entry.getValue()) {
                        if (box.intersects(g.minX(), g.minY(), g.maxX(), g.maxY())) {
                            throw new RedactionRefusedException("Op pagina " + entry.getKey()
                                    + " staat na het lakken nog tekst onder een vlak; er is niets opgeslagen.");
                        }
                    }
                }
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                PDRectangle crop = page.getCropBox();
                int rotation = ((page.getRotation() % 360) + 360) % 360;
                int i = 0;
                for (RedactionBox box : entry.getValue()) {
                    stripper.addRegion("r" + i++, displayRegion(box, crop, rotation));
                }
                stripper.extractRegions(page);
                Set<String> labels = new LinkedHashSet<>();
                entry.getValue().forEach(b -> labels.add(b.ground()));
                for (String region : stripper.getRegions()) {
                    String text = stripper.getTextForRegion(region);
                    for (String label : labels) {
                        text = text.replace(label, "");
                    }
                    if (!text.isBlank()) {
                        throw new RedactionRefusedException("Op pagina " + entry.getKey()
                                + " leest PDFBox na het lakken nog tekst onder een vlak; er is niets opgeslagen.");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The box in the text stripper's coordinates: from the crop box's top left, y downwards, after rotation. */
    private static Rectangle2D displayRegion(RedactionBox box, PDRectangle crop, int rotation) {
        double x = box.x() - crop.getLowerLeftX();
        double y = box.y() - crop.getLowerLeftY();
        double w = box.width();
        double h = box.height();
        double cw = crop.getWidth();
        double ch = crop.getHeight();
        return switch (rotation) {
            case 90 -> new Rectangle2D.Double(y, x, h, w);
            case 180 -> new Rectangle2D.Double(cw - x - w, y, w, h);
            case 270 -> new Rectangle2D.Double(ch - y - h, cw - x - w, h, w);
            default -> new Rectangle2D.Double(x, ch - y - h, w, h);
        };
    }
}
