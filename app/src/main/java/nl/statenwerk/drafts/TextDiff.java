package nl.statenwerk.drafts;

import java.util.ArrayList;
import java.util.List;

/**
 * The edits that turn one text into another, as few and as small as is cheap to find: lines first (a longest common
 * subsequence of lines), then within each changed run of lines the characters between a common prefix and suffix.
 * Small edits matter for a merge: a paragraph someone else changed meanwhile must not be deleted and typed again just
 * because it lies between two places this save changed.
 */
final class TextDiff {

    /** Above this many line pairs the line table costs more than it saves; the changed middle is then one edit. */
    private static final long MAX_CELLS = 4_000_000;

    /**
     * One edit, in the coordinates of the old text.
     *
     * @param start the offset in the old text
     * @param delete how many characters to remove there
     * @param insert what to put in their place
     */
    record Edit(int start, int delete, String insert) {}

    private TextDiff() {}

    /** The edits from old to new, in increasing order of start and not overlapping. */
    static List<Edit> between(String old, String now) {
        List<String> a = lines(old);
        List<String> b = lines(now);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix
                && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> am = a.subList(prefix, a.size() - suffix);
        List<String> bm = b.subList(prefix, b.size() - suffix);
        int offset = length(a.subList(0, prefix));
        List<Edit> edits = new ArrayList<>();
        if ((long) am.size() * bm.size() > MAX_CELLS) {
            hunk(edits, offset, String.join("", am), String.join("", bm));
            return edits;
        }
        int n = am.size();
        int m = bm.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] =
                        am.get(i).equals(bm.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        int hunkStart = offset;
        while (i < n || j < m) {
            if (i < n && j < m && am.get(i).equals(bm.get(j))) {
                hunk(edits, hunkStart, removed.toString(), added.toString());
                offset += removed.length() + am.get(i).length();
                removed.setLength(0);
                added.setLength(0);
                hunkStart = offset;
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.append(bm.get(j++));
            } else {
                removed.append(am.get(i++));
            }
        }
        hunk(edits, hunkStart, removed.toString(), added.toString());
        return edits;
    }

    private static void hunk(List<Edit> edits, int start, String removed, String added) {
        if (removed.equals(added)) {
            return;
        }
        int p = 0;
        while (p < removed.length() && p < added.length() && removed.charAt(p) == added.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < removed.length() - p
                && s < added.length() - p
                && removed.charAt(removed.length() - 1 - s) == added.charAt(added.length() - 1 - s)) {
            s++;
        }
        edits.add(new Edit(start + p, removed.length() - p - s, added.substring(p, added.length() - s)));
    }

    /** The lines with their line breaks, so that joining them gives the text back. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                lines.add(text.substring(from, k + 1));
                from = k + 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }

    private static int length(List<String> lines) {
        int total = 0;
        for (String line : lines) {
            total += line.length();
        }
        return total;
    }
}
