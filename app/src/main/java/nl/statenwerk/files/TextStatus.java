package nl.statenwerk.files;

/** Where a file is in text extraction. EMPTY: extracted, but it has no text (a scan without OCR). */
public enum TextStatus {
    PENDING,
    EXTRACTED,
    EMPTY,
    FAILED
}
