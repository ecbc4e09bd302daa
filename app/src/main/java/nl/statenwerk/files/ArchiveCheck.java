package nl.statenwerk.files;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import nl.statenwerk.files.FileRejectedException.Reason;

/**
 * Guards against zip bombs in zip files and the containers of Office and OpenDocument files: it inflates every entry
 * while streaming, into nothing (never to disk), and nested archives inside it too, and stops as soon as the total
 * uncompressed size, the number of entries or the ratio of uncompressed to compressed bytes passes its limit.
 *
 * <p>The ratio is counted over the whole file, nested archives included, against the bytes read from the file itself:
 * a zip of a zip of zeros inflates its inner layer from a few kilobytes to gigabytes, which the inner layer's own ratio
 * would hide from an outer count.
 */
final class ArchiveCheck {

    /** Office documents unpack to XML, which compresses 5 to 20 times; a ratio of 100 is more than any real file. */
    static final int MAX_RATIO = 100;
    /** Small archives may compress well (an empty sheet); the ratio counts only once this much is inflated. */
    static final long RATIO_FROM_BYTES = 1024 * 1024;

    static final int MAX_NESTING = 3;

    private final long maxUncompressed;
    private final int maxEntries;

    ArchiveCheck(long maxUncompressed, int maxEntries) {
        this.maxUncompressed = maxUncompressed;
        this.maxEntries = maxEntries;
    }

    /** Whether content starts as a zip archive does (local file header {@code PK\3\4}). */
    static boolean looksLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return isZipHeader(head);
        }
    }

    private static boolean isZipHeader(byte[] head) {
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    void check(Path file) throws FileRejectedException, IOException {
        try (CountingStream raw = new CountingStream(new BufferedInputStream(Files.newInputStream(file)))) {
            Budget budget = new Budget(raw);
            walk(raw, budget, 0);
        }
    }

    private void walk(InputStream in, Budget budget, int depth) throws FileRejectedException, IOException {
        ZipInputStream zip = new ZipInputStream(in);
        byte[] buffer = new byte[64 * 1024];
        try {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.entries++;
                if (budget.entries > maxEntries) {
                    throw new FileRejectedException(Reason.ARCHIVE_BOMB, "meer dan " + maxEntries + " bestanden");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                BufferedInputStream data = new BufferedInputStream(new MeteredEntry(zip, budget), 8);
                data.mark(4);
                byte[] head = data.readNBytes(4);
                data.reset();
                if (isZipHeader(head) && depth < MAX_NESTING) {
                    walk(data, budget, depth + 1);
                } else if (isZipHeader(head)) {
                    throw new FileRejectedException(Reason.ARCHIVE_BOMB, "archieven meer dan " + MAX_NESTING + " diep");
                }
                while (data.read(buffer) != -1) {
                    // counted by MeteredEntry
                }
            }
        } catch (ZipException e) {
            // A damaged container is not a bomb; whether the document itself can be read is the extraction's concern.
            return;
        } catch (Budget.Exceeded e) {
            throw new FileRejectedException(Reason.ARCHIVE_BOMB, e.getMessage());
        }
    }

    /** What the whole file, all levels together, has inflated so far. */
    private final class Budget {
        long inflated;
        int entries;
        private final CountingStream compressed;

        Budget(CountingStream compressed) {
            this.compressed = compressed;
        }

        void add(long n) throws Exceeded {
            inflated += n;
            if (inflated > maxUncompressed) {
                throw new Exceeded("uitgepakt meer dan " + (maxUncompressed / (1024 * 1024)) + " MB");
            }
            if (inflated > RATIO_FROM_BYTES && inflated > (long) MAX_RATIO * Math.max(1, compressed.count)) {
                throw new Exceeded("meer dan " + MAX_RATIO + " keer zo groot uitgepakt als ingepakt");
            }
        }

        static final class Exceeded extends IOException {
            Exceeded(String message) {
                super(message);
            }
        }
    }

    /** Counts the bytes inflated from one entry into the budget. */
    private static final class MeteredEntry extends FilterInputStream {
        private final Budget budget;

        MeteredEntry(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                budget.add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stream goes on with the next entry
        }
    }

    /** Counts the bytes read from the file itself. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
