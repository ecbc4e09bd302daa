package nl.statenwerk.demo.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/** Renders plain text as a small, deterministic A4 PDF with an embedded font subset. */
final class PdfRenderer {

    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final float MARGIN = 64f;
    private static final float TITLE_SIZE = 13f;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 1.4f;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static TrueTypeFont ttf;

    private PdfRenderer() {}

    /** Parsed once: PDFBox subsets from the shared parse without modifying it. */
    private static synchronized TrueTypeFont ttf() throws IOException {
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(FONT.toFile()));
        }
        return ttf;
    }

    static byte[] render(String title, String text, LocalDate created) {
        try (PDDocument doc = new PDDocument()) {
            // A subset keeps each file a few KiB; the full DejaVu Sans would be 700 KiB per PDF.
            PDType0Font font = PDType0Font.load(doc, ttf(), true);
            List<Line> lines = new ArrayList<>();
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            for (String wrapped : wrap(font, TITLE_SIZE, clean(font, title), width)) {
                lines.add(new Line(wrapped, TITLE_SIZE, false));
            }
            lines.add(new Line("", BODY_SIZE, true));
            for (String paragraph : text.strip().split("\\R")) {
                if (paragraph.isBlank()) {
                    continue;
                }
                for (String wrapped : wrap(font, BODY_SIZE, clean(font, paragraph), width)) {
                    lines.add(new Line(wrapped, BODY_SIZE, false));
                }
                lines.add(new Line("", BODY_SIZE * 0.35f, true));
            }
            layout(doc, font, lines);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("Statenwerk DemoBundleConverter");
            GregorianCalendar date = GregorianCalendar.from(created.atStartOfDay(ZONE));
            info.setCreationDate(date);
            info.setModificationDate(date);
            doc.getDocumentCatalog().setLanguage("nl-NL");
            PDViewerPreferences prefs =
                    new PDViewerPreferences(doc.getDocumentCatalog().getCOSObject());
            prefs.setDisplayDocTitle(true);
            doc.getDocumentCatalog().setViewerPreferences(prefs);
            // PDFBox otherwise derives /ID from the clock, which would break byte-identical reruns.
            byte[] id = Arrays.copyOf(sha256(title + "\n" + text), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.getDocument().setDocumentID(ids);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Line(String text, float size, boolean gap) {}

    private static void layout(PDDocument doc, PDType0Font font, List<Line> lines) throws IOException {
        float top = PDRectangle.A4.getHeight() - MARGIN;
        PDPageContentStream cs = null;
        float y = 0;
        for (Line line : lines) {
            float step = line.gap() ? line.size() : line.size() * LEADING;
            if (cs == null || y - step < MARGIN) {
                if (line.gap() && cs != null) {
                    continue;
                }
                if (cs != null) {
                    cs.close();
                }
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                cs = new PDPageContentStream(doc, page);
                y = top;
            }
            y -= step;
            if (!line.gap() && !line.text().isEmpty()) {
                cs.beginText();
                cs.setFont(font, line.size());
                cs.newLineAtOffset(MARGIN, y);
                cs.showText(line.text());
                cs.endText();
            }
        }
        if (cs != null) {
            cs.close();
        }
    }

    /** Drops characters the font cannot draw instead of failing the whole document. */
    private static String clean(PDType0Font font, String s) {
        StringBuilder sb = new StringBuilder();
        s.replace('\t', ' ').codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString().strip();
    }

    private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                out.add(line.toString());
                line.setLength(0);
            }
            // A single overlong token (a URL, say) is cut hard rather than run off the page.
            String rest = word;
            while (textWidth(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    private static float textWidth(PDType0Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
