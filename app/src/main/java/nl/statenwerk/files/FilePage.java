package nl.statenwerk.files;

/** The text of one page of a file, numbered from 1. */
public record FilePage(int pageNumber, String text) {}
