package nl.statenwerk.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's acceptance on a loaded installation: every sitemap index, sitemap and DiWoo document validates against the
 * official schemas, and no file or paper that is not public appears in any of them.
 */
public final class WooDemoCheck {

    private WooDemoCheck() {}

    /**
     * @param localUrl where the application answers
     * @param publicUrl the {@code statenwerk.public-url} it runs with
     * @return what was checked, for the test's output
     */
    public static String verify(String localUrl, String publicUrl, JdbcClient jdbc) throws Exception {
        WooSchemas schemas = new WooSchemas();
        WooHarvest harvest = new WooHarvest(localUrl, publicUrl, schemas);
        List<String> locs = harvest.locs();
        assertThat(locs).as("sitemap entries").isNotEmpty();
        List<String> hiddenFiles = jdbc.sql("select distinct pf.file_id from paper_file pf join paper p"
                        + " on p.id = pf.paper_id where not p.is_public or p.deleted_at is not null")
                .query((rs, n) -> rs.getString(1))
                .list();
        assertThat(locs).noneMatch(loc -> hiddenFiles.stream().anyMatch(loc::contains));
        int documents = 0;
        for (UUID paper : jdbc.sql("select id from paper where is_public and deleted_at is null")
                .query(UUID.class)
                .list()) {
            var response = WooHarvest.get(localUrl + "/woo/diwoo/" + paper + ".xml");
            if (response.statusCode() == 200) {
                WooSchemas.validate(schemas.diwoo, response.body());
                documents++;
            } else {
                assertThat(response.statusCode()).as(paper.toString()).isEqualTo(404);
            }
        }
        assertThat(documents).as("DiWoo documents").isPositive();
        List<UUID> hidden = jdbc.sql("select id from paper where not is_public or deleted_at is not null")
                .query(UUID.class)
                .list();
        for (UUID paper : hidden) {
            assertThat(WooHarvest.get(localUrl + "/woo/diwoo/" + paper + ".xml").statusCode())
                    .as(paper.toString())
                    .isEqualTo(404);
        }
        return "%d sitemap entries in %d indexes, %d DiWoo documents valid, %d non-public papers absent"
                .formatted(locs.size(), harvest.indexes.size(), documents, hidden.size());
    }
}
