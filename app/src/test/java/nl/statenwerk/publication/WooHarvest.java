package nl.statenwerk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Harvests as the Woo-index does, from robots.txt down, against a running application whose public URL is
 * {@code publicUrl}: every sitemap index and sitemap is fetched and validated against the official schemas.
 */
final class WooHarvest {

    record Sitemap(String url, String lastmod, List<String> locs, String xml) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SITEMAP_LINE = Pattern.compile("(?m)^Sitemap: (\\S+)$");
    private static final Pattern ENTRY =
            Pattern.compile("<(?:sitemap|url)><loc>([^<]+)</loc><lastmod>([^<]+)</lastmod>");

    final Map<String, List<Sitemap>> indexes = new LinkedHashMap<>();
    final String robots;

    WooHarvest(String localUrl, String publicUrl, WooSchemas schemas) throws Exception {
        robots = get(localUrl + "/robots.txt").body();
        Matcher lines = SITEMAP_LINE.matcher(robots);
        while (lines.find()) {
            String index = lines.group(1);
            assertThat(index).startsWith(publicUrl + "/sitemaps/sitemapindex-diwoo-infocat");
            String indexXml = ok(localUrl + index.substring(publicUrl.length()));
            WooSchemas.validate(schemas.siteindex, indexXml);
            List<Sitemap> sitemaps = new ArrayList<>();
            Matcher m = ENTRY.matcher(indexXml);
            while (m.find()) {
                String url = m.group(1);
                assertThat(url).startsWith(publicUrl + "/sitemaps/sitemap-diwoo-");
                String xml = ok(localUrl + url.substring(publicUrl.length()));
                WooSchemas.validate(schemas.sitemap, xml);
                List<String> locs = new ArrayList<>();
                Matcher entry = ENTRY.matcher(xml);
                while (entry.find()) {
                    locs.add(entry.group(1));
                }
                sitemaps.add(new Sitemap(url, m.group(2), locs, xml));
            }
            assertThat(sitemaps).as(index).isNotEmpty();
            indexes.put(index, sitemaps);
        }
    }

    List<String> locs() {
        return indexes.values().stream()
                .flatMap(List::stream)
                .flatMap(s -> s.locs().stream())
                .toList();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String ok(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
