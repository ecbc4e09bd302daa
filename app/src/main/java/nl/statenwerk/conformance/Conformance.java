package nl.statenwerk.conformance;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether stored PDFs conform to PDF/UA-1 and PDF/A, checked with veraPDF in the background after a file's text is
 * extracted, and kept per content hash: content is checked once, however many files share it.
 *
 * <p>Nothing here returns {@code null} or takes {@code null}.
 */
public interface Conformance {

    /**
     * The results of the given contents, one per {@link Standard} checked; a content that was not checked yet has no
     * entry.
     */
    Map<String, List<ConformanceResult>> results(Collection<String> sha256s);

    /**
     * Checks stored content now, replacing earlier results. A file that cannot be checked gives {@link
     * Outcome#NOT_CHECKABLE} results; this never throws for the file's sake.
     *
     * @return the results, one per {@link Standard}
     */
    List<ConformanceResult> check(String sha256);

    /**
     * The contents of every stored PDF (not deleted), for a full re-check; see {@link ConformanceCommand}.
     */
    List<String> storedPdfs();

    /**
     * The overview of the public PDFs of papers: counts and pass rates per body, and a page of documents with their
     * results, filtered. Only files of public papers (and of no non-public paper) count, as everywhere in the portal.
     */
    ConformanceOverview overview(ConformanceOverview.Query query);
}
