package nl.statenwerk.files;

/**
 * The extracted text of one page of a file; files that have no pages (text, HTML, office documents) have one page.
 *
 * @param pageNumber the page number, from 1
 * @param text the text of the page; empty for a page without text
 */
public record FilePage(int pageNumber, String text) {}
