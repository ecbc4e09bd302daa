package nl.statenwerk.publication;

/**
 * A Woo information category (Woo art. 3.3), from {@code standards/woo/informatiecategorieen.json}.
 *
 * @param code the code in the sitemap index's file name, e.g. {@code infocat008}
 * @param tooiUri the category in the TOOI value list {@code scw_woo_informatiecategorieen}
 * @param label the TOOI label, e.g. "vergaderstukken decentrale overheden"
 */
public record InformationCategory(String code, String tooiUri, String label) {

    /** The file name the Woo-index expects for the category's sitemap index. */
    public String indexFileName() {
        return "sitemapindex-diwoo-" + code + ".xml";
    }
}
