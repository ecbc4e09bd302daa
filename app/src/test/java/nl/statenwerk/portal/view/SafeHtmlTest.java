package nl.statenwerk.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsTheMarksAndTheEscapingOfTheSearchIndex() {
        assertThat(SafeHtml.snippet("de <mark>windmolens</mark> &amp; &lt;b&gt; bij Urk")
                        .html())
                .isEqualTo("de <mark>windmolens</mark> &amp; &lt;b&gt; bij Urk");
    }

    @Test
    void escapesAnyOtherMarkupAnEngineLetsThrough() {
        assertThat(SafeHtml.snippet("<script>alert(1)</script> <mark onclick=x>a</mark> <img src=x onerror=y>")
                        .html())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &lt;mark onclick=x&gt;a&lt;/mark&gt; "
                        + "&lt;img src=x onerror=y&gt;");
    }

    @Test
    void closesAMarkThatIsLeftOpenAndIgnoresAStrayClose() {
        assertThat(SafeHtml.snippet("</mark>a <mark>b").html()).isEqualTo("&lt;/mark&gt;a <mark>b</mark>");
    }
}
