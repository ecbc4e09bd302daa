package nl.statenwerk.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.statenwerk.files.FilePage;
import org.junit.jupiter.api.Test;

/** Re-anchoring a quote in the text of a new version of a file. */
class AnchoringTest {

    private static final String PAGE_1 = "Statenvoorstel Omgevingsvisie Flevoland 2030. Inleiding en aanleiding.";
    private static final String PAGE_2 =
            "Het college stelt voor om 12 miljoen euro te investeren in de dijk bij Lelystad."
                    + " Daarna volgt de uitvoering.";

    /** The quote as a reader selected it on page 2 of the first version, with its context. */
    private static Quote quoteOn(String page, String exact) {
        int at = page.indexOf(exact);
        return new Quote(
                exact,
                page.substring(Math.max(0, at - Quote.CONTEXT), at),
                page.substring(at + exact.length(), Math.min(page.length(), at + exact.length() + Quote.CONTEXT)));
    }

    private static String at(List<FilePage> pages, TextPosition p) {
        return pages.get(p.page() - 1).text().substring(p.start(), p.end());
    }

    @Test
    void findsTheQuoteWhereItWas() {
        List<FilePage> pages = List.of(new FilePage(1, PAGE_1), new FilePage(2, PAGE_2));
        Quote quote = quoteOn(PAGE_2, "12 miljoen euro");
        TextPosition found = Anchoring.locate(pages, quote, null).orElseThrow();
        assertThat(found.page()).isEqualTo(2);
        assertThat(found.start()).isEqualTo(PAGE_2.indexOf("12 miljoen"));
        assertThat(at(pages, found)).isEqualTo("12 miljoen euro");
    }

    @Test
    void followsTheQuoteToAnotherPage() {
        Quote quote = quoteOn(PAGE_2, "12 miljoen euro");
        List<FilePage> v2 =
                List.of(new FilePage(1, PAGE_1), new FilePage(2, "Een nieuwe samenvatting."), new FilePage(3, PAGE_2));
        TextPosition found =
                Anchoring.locate(v2, quote, new TextPosition(2, 26, 41)).orElseThrow();
        assertThat(found.page()).isEqualTo(3);
        assertThat(at(v2, found)).isEqualTo("12 miljoen euro");
    }

    @Test
    void followsTheQuoteWhenTextIsInsertedBeforeIt() {
        Quote quote = quoteOn(PAGE_2, "12 miljoen euro");
        String inserted = "Na overleg met het waterschap en de gemeenten. " + PAGE_2;
        List<FilePage> v2 = List.of(new FilePage(1, PAGE_1), new FilePage(2, inserted));
        TextPosition found =
                Anchoring.locate(v2, quote, new TextPosition(2, 26, 41)).orElseThrow();
        assertThat(found.start()).isEqualTo(inserted.indexOf("12 miljoen"));
        assertThat(at(v2, found)).isEqualTo("12 miljoen euro");
    }

    @Test
    void findsNothingWhenTheQuoteIsGone() {
        Quote quote = quoteOn(PAGE_2, "12 miljoen euro");
        List<FilePage> v2 =
                List.of(new FilePage(1, PAGE_1), new FilePage(2, PAGE_2.replace("12 miljoen euro", "15 miljoen euro")));
        assertThat(Anchoring.locate(v2, quote, new TextPosition(2, 26, 41))).isEmpty();
        assertThat(Anchoring.locate(List.of(), quote, null)).isEmpty();
    }

    @Test
    void tellsTwoOccurrencesApartByTheirContext() {
        String page = "Motie 1: de provincie zal de dijk versterken. Motie 2: de provincie zal de weg verbreden.";
        int at = page.indexOf("de provincie zal", page.indexOf("Motie 2"));
        Quote second = new Quote("de provincie zal", page.substring(at - 9, at), page.substring(at + 16, at + 30));
        List<FilePage> pages = List.of(new FilePage(1, page));
        TextPosition found = Anchoring.locate(pages, second, null).orElseThrow();
        assertThat(found.start()).isEqualTo(at);

        // and keeps telling them apart when the page changes around them
        String v2 = "Ingekomen. " + page.replace("de weg", "de provinciale weg");
        int at2 = v2.indexOf("de provincie zal", v2.indexOf("Motie 2"));
        TextPosition moved =
                Anchoring.locate(List.of(new FilePage(1, v2)), second, found).orElseThrow();
        assertThat(moved.start()).isEqualTo(at2);
    }

    @Test
    void choosesTheOccurrenceNearestTheOldPlaceWhenTheContextDoesNotDecide() {
        String page = "ja ja ja";
        Quote quote = new Quote("ja", "", "");
        assertThat(Anchoring.locate(List.of(new FilePage(1, page)), quote, new TextPosition(1, 6, 8)))
                .map(TextPosition::start)
                .isEqualTo(Optional.of(6));
    }

    @Test
    void ignoresWhiteSpaceThatTheBrowserAndTheServerBreakDifferently() {
        String server = "Het college stelt voor om 12\nmiljoen  euro te investeren";
        Quote browser = new Quote("12 miljoen euro", "stelt voor om ", " te investeren");
        List<FilePage> pages = List.of(new FilePage(1, server));
        TextPosition found = Anchoring.locate(pages, browser, null).orElseThrow();
        assertThat(at(pages, found)).isEqualTo("12\nmiljoen  euro");
    }
}
