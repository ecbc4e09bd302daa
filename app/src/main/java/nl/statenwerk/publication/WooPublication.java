package nl.statenwerk.publication;

/** Active publication under the Woo: what is published per information category. */
public interface WooPublication {

    /** Counts per information category and the bodies that cannot publish; never {@code null}. */
    PublicationOverview overview();
}
