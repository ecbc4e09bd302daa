package nl.statenwerk.portal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.agenda.Agenda;
import nl.statenwerk.agenda.MemberAgenda;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.Organization;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feeds for whoever follows the Staten without visiting: an iCalendar feed of meetings (per Staten, per commissie) for
 * calendar apps, and Atom feeds of new papers (per Staten) and of a search (newest first). Public objects only.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter ICAL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Calendar apps poll; a quarter of an hour is fresh enough for a meeting calendar and spares the server. */
    private static final CacheControl FEED_CACHE =
            CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic();

    private final PortalViews views;
    private final SearchIndex search;
    private final MessageSource messages;
    private final String base;
    private final MemberAgenda agenda;
    private final Viewers viewers;

    FeedController(
            PortalViews views,
            SearchIndex search,
            MessageSource messages,
            StatenwerkProperties properties,
            MemberAgenda agenda,
            Viewers viewers) {
        this.views = views;
        this.search = search;
        this.messages = messages;
        this.base = properties.baseUrl();
        this.agenda = agenda;
        this.viewers = viewers;
    }

    /**
     * A member's own agenda as a calendar, opened by the secret token in its address instead of a session (a calendar
     * app cannot sign in). It holds what {@link MemberAgenda#feed} gives: the member's meetings with the titles of
     * public papers only, and public deadlines. Private and never stored by a cache, without referrer; an unknown or
     * revoked token is a plain 404.
     */
    @GetMapping("/mijn/agenda/feed/{token}.ics")
    ResponseEntity<String> memberCalendar(@PathVariable String token) {
        UUID account = agenda.feedAccount(token).orElseThrow(NotFound::new);
        Agenda feed = agenda.feed(viewers.of(account), LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
        String host = java.net.URI.create(base).getHost();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Statenwerk//Mijn agenda//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(message("my.agenda.feed.name")));
        line(ics, "X-WR-TIMEZONE:Europe/Amsterdam");
        for (Agenda.AgendaMeeting m : feed.meetings()) {
            StringBuilder papers = new StringBuilder();
            for (Agenda.AgendaPaper p : m.papers()) {
                papers.append(text("- " + p.name() + " (" + base + "/stukken/" + p.id() + ")"))
                        .append("\\n");
            }
            event(ics, m.meeting(), host, papers.toString());
        }
        for (Agenda.Deadline d : feed.deadlines()) {
            if (d.date() == null) {
                continue;
            }
            line(ics, "BEGIN:VEVENT");
            line(
                    ics,
                    "UID:" + d.kind() + "-" + Integer.toHexString((d.path() + d.title()).hashCode()) + "-"
                            + d.date().format(ICAL_DATE) + "@" + (host == null ? "statenwerk" : host));
            line(ics, "DTSTAMP:" + utc(OffsetDateTime.now()));
            line(ics, "DTSTART;VALUE=DATE:" + d.date().format(ICAL_DATE));
            line(ics, "DTEND;VALUE=DATE:" + d.date().plusDays(1).format(ICAL_DATE));
            line(ics, "SUMMARY:" + text(message("my.agenda.feed.deadline", d.title())));
            line(ics, "URL:" + base + d.path());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Disposition", "inline; filename=\"mijn-agenda.ics\"")
                .body(ics.toString());
    }

    @GetMapping("/vergaderingen.ics")
    ResponseEntity<String> calendar(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "orgaan", required = false) @Nullable String organization,
            @RequestParam(name = "vanaf", required = false) @Nullable LocalDate since) {
        UUID bodyId = MeetingController.optionalId(body);
        UUID organizationId = MeetingController.optionalId(organization);
        var council = views.council();
        String name = organizationId != null
                ? council.findPublic(Organization.class, organizationId)
                        .map(Organization::name)
                        .orElse(null)
                : bodyId != null
                        ? council.findPublic(Body.class, bodyId).map(Body::name).orElse(null)
                        : null;
        String host = java.net.URI.create(base).getHost();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Statenwerk//Vergaderkalender//NL");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(message("feed.calendar.name") + (name == null ? "" : ": " + name)));
        line(ics, "X-WR-TIMEZONE:Europe/Amsterdam");
        // by default a year back and everything ahead: what a member's calendar needs, and a bounded answer
        LocalDate from = since != null
                ? since
                : LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusYears(1);
        for (Meeting m : council.meetingsByDate(bodyId, organizationId, from, null, false, 1000)) {
            event(ics, m, host, "");
        }
        line(ics, "END:VCALENDAR");
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(FEED_CACHE)
                .header("Content-Disposition", "inline; filename=\"vergaderingen.ics\"")
                .body(ics.toString());
    }

    /** @param papers escaped TEXT to add to the description (already with {@code \\n} line breaks) */
    private void event(StringBuilder ics, Meeting m, @Nullable String host, String papers) {
        OffsetDateTime start = m.startAt() != null ? m.startAt() : m.plannedStartAt();
        OffsetDateTime end = m.endAt() != null ? m.endAt() : m.plannedEndAt();
        if (start == null && m.meetingDate() == null) {
            return;
        }
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + m.id() + "@" + (host == null ? "statenwerk" : host));
        OffsetDateTime stamp = m.modifiedAt() != null ? m.modifiedAt() : OffsetDateTime.now();
        line(ics, "DTSTAMP:" + utc(stamp));
        if (start != null) {
            line(ics, "DTSTART:" + utc(start));
            line(ics, "DTEND:" + utc(end != null && end.isAfter(start) ? end : start.plusHours(1)));
        } else {
            // a date without a time is an all-day event
            line(ics, "DTSTART;VALUE=DATE:" + m.meetingDate().format(ICAL_DATE));
            line(ics, "DTEND;VALUE=DATE:" + m.meetingDate().plusDays(1).format(ICAL_DATE));
        }
        String summary = views.meeting(m).name();
        line(ics, "SUMMARY:" + text(summary == null || summary.isBlank() ? message("feed.calendar.meeting") : summary));
        if (m.location() != null && !m.location().isBlank()) {
            line(ics, "LOCATION:" + text(m.location()));
        }
        String description = m.description() == null || m.description().isBlank() ? "" : text(m.description());
        if (!papers.isEmpty()) {
            description = description.isEmpty() ? papers : description + "\\n\\n" + papers;
        }
        if (!description.isEmpty()) {
            line(ics, "DESCRIPTION:" + description);
        }
        line(ics, "URL:" + base + "/vergaderingen/" + m.id());
        line(
                ics,
                "STATUS:"
                        + (m.state() == MeetingState.CANCELLED
                                ? "CANCELLED"
                                : m.state() == MeetingState.HELD || m.state() == MeetingState.PLANNED
                                        ? "CONFIRMED"
                                        : "TENTATIVE"));
        line(ics, "END:VEVENT");
    }

    @GetMapping("/stukken.atom")
    ResponseEntity<String> papers(@RequestParam(name = "staten", required = false) @Nullable String body) {
        UUID bodyId = MeetingController.optionalId(body);
        var council = views.council();
        String name = bodyId == null
                ? null
                : council.findPublic(Body.class, bodyId).map(Body::name).orElse(null);
        List<Entry> entries = council.latestPublicPapers(bodyId, 50).stream()
                .map(p -> new Entry(
                        Objects.requireNonNull(p.id()).toString(),
                        p.name(),
                        base + "/stukken/" + p.id(),
                        p.paperType().code(),
                        p.description(),
                        council.publicSince(p.id()).orElse(p.createdAt()),
                        p.modifiedAt()))
                .toList();
        String self = base + "/stukken.atom" + (bodyId == null ? "" : "?staten=" + bodyId);
        return atom(message("feed.papers.title") + (name == null ? "" : ": " + name), self, base + "/", entries);
    }

    @GetMapping("/zoeken.atom")
    ResponseEntity<String> searchFeed(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String orgaan,
            @RequestParam(required = false) @Nullable String fractie) {
        SearchQuery query;
        try {
            query = new SearchQuery(
                    q, type, null, null, null, orgaan, null, fractie, null, null, SearchQuery.Sort.DATE, 1, 50);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(message("feed.search.invalid"));
        }
        SearchResult result = search.search(query);
        List<Entry> entries = result.hits().stream()
                .map(h -> new Entry(
                        h.id(),
                        h.title(),
                        portalUrl(h),
                        h.type(),
                        // the snippet is HTML; the feed's summary is text, escaped once by the XML writer
                        h.snippet() == null
                                ? null
                                : org.springframework.web.util.HtmlUtils.htmlUnescape(
                                        h.snippet().replaceAll("</?mark>", "")),
                        h.date() == null ? null : h.date().atStartOfDay().atOffset(ZoneOffset.UTC),
                        null))
                .toList();
        String self = base + "/zoeken.atom?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8);
        return atom(
                message("feed.search.title", q.isBlank() ? message("feed.search.everything") : q),
                self,
                base + "/zoeken?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8),
                entries);
    }

    /** Where a reader follows a hit: the portal's page for the kinds it has, else the standard API's resource. */
    private String portalUrl(SearchResult.Hit hit) {
        return switch (hit.type()) {
            case "vergadering" -> base + "/vergaderingen/" + hit.id();
            case "persoon" -> base + "/personen/" + hit.id();
            case "fractie" -> base + "/fracties/" + hit.id();
            case "agendapunt", "stemming" -> hit.url();
            default -> base + "/stukken/" + hit.id();
        };
    }

    /** @param summary plain text */
    record Entry(
            String id,
            String title,
            String link,
            @Nullable String category,
            @Nullable String summary,
            @Nullable OffsetDateTime published,
            @Nullable OffsetDateTime updated) {}

    private ResponseEntity<String> atom(String title, String self, String alternate, List<Entry> entries) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            xml.writeAttribute("xml:lang", "nl");
            element(xml, "id", self);
            element(xml, "title", title);
            OffsetDateTime newest = entries.stream()
                    .map(e -> e.updated() != null ? e.updated() : e.published())
                    .filter(Objects::nonNull)
                    .max(OffsetDateTime::compareTo)
                    .orElse(OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
            element(xml, "updated", rfc3339(newest));
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", alternate, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", "Statenwerk");
            xml.writeEndElement();
            element(xml, "generator", "Statenwerk");
            for (Entry e : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + e.id());
                element(xml, "title", e.title());
                link(xml, "alternate", e.link(), "text/html");
                OffsetDateTime updated = e.updated() != null ? e.updated() : e.published();
                element(xml, "updated", rfc3339(updated != null ? updated : newest));
                if (e.published() != null) {
                    element(xml, "published", rfc3339(e.published()));
                }
                if (e.category() != null) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", e.category());
                }
                if (e.summary() != null && !e.summary().isBlank()) {
                    element(xml, "summary", e.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return ResponseEntity.ok().contentType(ATOM).cacheControl(FEED_CACHE).body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(stripControl(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** XML 1.0 cannot carry most control characters, which PDFs' extracted text sometimes has. */
    private static String stripControl(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }

    private static String rfc3339(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(ICAL_UTC);
    }

    /** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
    private static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** RFC 5545 content line: CRLF, folded so that no line is longer than 75 octets. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation counts
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
