package nl.statenwerk.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.statenwerk.publication.Publication.Entry;
import nl.statenwerk.publication.Publication.Page;
import nl.statenwerk.publication.Publishers.Publisher;
import nl.statenwerk.publication.Publishers.Resolution;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the Woo-index harvests: {@code /robots.txt} names a sitemap index per information category that has files,
 * {@code /sitemaps/sitemapindex-diwoo-infocatNNN.xml}; each names the category's sitemaps
 * {@code /sitemaps/sitemap-diwoo-infocatNNN-K.xml}, whose entries link the file with its DiWoo metadata inline. A
 * paper's own DiWoo document is at {@code /woo/diwoo/{id}.xml}: not found for a paper that is not public, exactly as
 * for one that does not exist. Responses are written as they are read, never held whole.
 */
@RestController
class WooController {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static final Pattern INDEX = Pattern.compile("sitemapindex-diwoo-(infocat\\d{3})");
    private static final Pattern SITEMAP = Pattern.compile("sitemap-diwoo-(infocat\\d{3})-([1-9]\\d{0,8})");
    private static final String XML = "application/xml;charset=UTF-8";

    private final Publication publication;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    WooController(Publication publication) {
        this.publication = publication;
    }

    @GetMapping("/robots.txt")
    void robots(HttpServletResponse response) throws IOException {
        StringBuilder robots = new StringBuilder("User-agent: *\nDisallow: /mijn\nDisallow: /beheer\n");
        for (InformationCategory category : publication.categories().used()) {
            if (!publication.pages(category).isEmpty()) {
                robots.append("Sitemap: ")
                        .append(publication.indexUrl(category))
                        .append('\n');
            }
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(robots.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/sitemaps/{name}.xml")
    void sitemap(@PathVariable String name, HttpServletResponse response) throws IOException {
        Matcher index = INDEX.matcher(name);
        Matcher sitemap = SITEMAP.matcher(name);
        if (index.matches()) {
            InformationCategory category = category(index.group(1));
            List<Page> pages = publication.pages(category);
            if (pages.isEmpty()) {
                throw notFound();
            }
            lastModified(
                    response,
                    pages.stream()
                            .map(Page::lastModified)
                            .max(OffsetDateTime::compareTo)
                            .orElseThrow());
            write(response, w -> {
                w.writeStartElement("", "sitemapindex", SITEMAP_NS);
                w.writeDefaultNamespace(SITEMAP_NS);
                for (Page page : pages) {
                    w.writeStartElement(SITEMAP_NS, "sitemap");
                    element(w, "loc", publication.sitemapUrl(category, page.number()));
                    element(w, "lastmod", timestamp(page.lastModified()));
                    w.writeEndElement();
                }
                w.writeEndElement();
            });
        } else if (sitemap.matches()) {
            InformationCategory category = category(sitemap.group(1));
            int number = Integer.parseInt(sitemap.group(2));
            Page page = publication.pages(category).stream()
                    .filter(p -> p.number() == number)
                    .findFirst()
                    .orElseThrow(WooController::notFound);
            lastModified(response, page.lastModified());
            Map<UUID, Resolution> bodies = publication.bodies();
            write(response, w -> {
                w.writeStartElement("", "urlset", SITEMAP_NS);
                w.writeDefaultNamespace(SITEMAP_NS);
                w.writeNamespace("diwoo", DiWooWriter.NS);
                publication.entries(category, number, entry -> {
                    try {
                        w.writeStartElement(SITEMAP_NS, "url");
                        String fileUrl = publication.downloadUrl(entry);
                        element(w, "loc", fileUrl);
                        element(w, "lastmod", timestamp(entry.lastModified()));
                        DiWooWriter.write(
                                w,
                                entry,
                                publisher(bodies, entry),
                                category,
                                publication.paperUrl(entry.paperId()),
                                fileUrl,
                                false);
                        w.writeEndElement();
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                });
                w.writeEndElement();
            });
        } else {
            throw notFound();
        }
    }

    @GetMapping("/woo/diwoo/{id}.xml")
    void diwoo(@PathVariable String id, HttpServletResponse response) throws IOException {
        UUID paperId;
        try {
            paperId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        Entry entry = publication.paper(paperId).orElseThrow(WooController::notFound);
        Publisher publisher = publisher(publication.bodies(), entry);
        InformationCategory category = publication.categories().of(entry.paperType());
        lastModified(response, entry.lastModified());
        write(response, w -> {
            DiWooWriter.write(w, entry, publisher, category, publication.paperUrl(paperId), null, true);
        });
    }

    private static Publisher publisher(Map<UUID, Resolution> bodies, Entry entry) {
        Resolution resolution = bodies.get(entry.bodyId());
        if (resolution == null || resolution.publisher() == null) {
            throw new IllegalStateException("the body of paper " + entry.paperId() + " has no publisher");
        }
        return resolution.publisher();
    }

    private InformationCategory category(String code) {
        return publication
                .categories()
                .byCode(code)
                .filter(c -> publication.categories().used().contains(c))
                .orElseThrow(WooController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static void lastModified(HttpServletResponse response, OffsetDateTime at) {
        response.setDateHeader("Last-Modified", at.toInstant().toEpochMilli());
    }

    private static String timestamp(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(SITEMAP_NS, name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private void write(HttpServletResponse response, XmlBody body) throws IOException {
        response.setContentType(XML);
        OutputStream out = response.getOutputStream();
        try {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(SITEMAP_NS);
            w.setPrefix("diwoo", DiWooWriter.NS);
            body.write(w);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
