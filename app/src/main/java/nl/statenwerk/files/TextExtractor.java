package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/** Extracts text per page: PDFs page by page with PDFBox, anything else with Tika as one page. */
final class TextExtractor {

    /** Language detection looks at this much text; more does not make it surer, only slower. */
    private static final int LANGUAGE_SAMPLE = 20_000;

    /** The text of a file and its language ({@code null} when there is no text or no clear language). */
    record Extracted(List<String> pages, @Nullable String language) {
        boolean blank() {
            return pages.stream().allMatch(String::isBlank);
        }
    }

    private final AutoDetectParser parser = new AutoDetectParser();
    private @Nullable LanguageDetector languageDetector;

    Extracted extract(Path file, @Nullable String mimeType, @Nullable String fileName) throws IOException {
        List<String> pages = ContentInspector.PDF.equals(mimeType) ? pdfPages(file) : List.of(tikaText(file, fileName));
        List<String> clean = pages.stream().map(TextExtractor::clean).toList();
        return new Extracted(clean, language(clean));
    }

    private static List<String> pdfPages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>(document.getNumberOfPages());
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    private String tikaText(Path file, @Nullable String fileName) throws IOException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika cannot parse " + (fileName == null ? file : fileName), e);
        }
        return handler.toString();
    }

    private synchronized @Nullable String language(List<String> pages) {
        StringBuilder sample = new StringBuilder();
        for (String page : pages) {
            if (sample.length() >= LANGUAGE_SAMPLE) {
                break;
            }
            sample.append(page, 0, Math.min(page.length(), LANGUAGE_SAMPLE - sample.length()))
                    .append('\n');
        }
        if (sample.isEmpty() || sample.toString().isBlank()) {
            return null;
        }
        if (languageDetector == null) {
            // Loading the language profiles takes a while; do it once, when the first text needs it.
            languageDetector = new OptimaizeLangDetector().loadModels();
        }
        LanguageResult result = languageDetector.detect(sample.toString());
        return result.isUnknown() ? null : result.getLanguage();
    }

    /** PostgreSQL text cannot hold NUL characters, which some PDFs produce; they carry no meaning. */
    private static String clean(String text) {
        return text.replace("\u0000", "").strip();
    }
}
