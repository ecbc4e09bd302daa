package nl.statenwerk.drafts;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.automerge.AmValue;
import org.automerge.ChangeHash;
import org.automerge.Document;
import org.automerge.ObjectId;
import org.automerge.ObjectType;
import org.automerge.Transaction;

/**
 * The Automerge side of a draft: one root key {@code text} holding an Automerge Text, which the browser's Automerge
 * sees as a collaborative string. Offsets are in UTF-16 code units on both sides, as Java's and JavaScript's strings.
 */
final class DraftDocuments {

    static final String TEXT = "text";

    private static final HexFormat HEX = HexFormat.of();

    private DraftDocuments() {}

    /** A new document with this text, saved. The server makes every draft's document, so all editors share its root. */
    static byte[] create(String text) {
        Document document = new Document();
        try {
            try (Transaction tx = document.startTransaction()) {
                ObjectId id = tx.set(ObjectId.ROOT, TEXT, ObjectType.TEXT);
                tx.spliceText(id, 0, 0, text);
                tx.commit();
            }
            return document.save();
        } finally {
            document.free();
        }
    }

    static ObjectId textId(Document document) {
        return document.get(ObjectId.ROOT, TEXT)
                .filter(AmValue.Text.class::isInstance)
                .map(v -> ((AmValue.Text) v).getId())
                .orElseThrow(() -> new IllegalStateException("a draft document without its text"));
    }

    static String text(Document document) {
        return document.text(textId(document)).orElse("");
    }

    static List<String> heads(Document document) {
        return Arrays.stream(document.getHeads())
                .map(h -> HEX.formatHex(h.getBytes()))
                .sorted()
                .toList();
    }

    /**
     * Change hashes from hex. ChangeHash has no public factory; its constructor is protected, so a subclass makes
     * them (equality is by bytes, not class).
     *
     * @throws IllegalArgumentException when one is not 32 bytes of hex
     */
    static ChangeHash[] hashes(List<String> hex) {
        return hex.stream()
                .map(h -> {
                    byte[] bytes = HEX.parseHex(h.strip());
                    if (bytes.length != 32) {
                        throw new IllegalArgumentException("not a change hash: " + h);
                    }
                    return (ChangeHash) new ChangeHash(bytes) {};
                })
                .toArray(ChangeHash[]::new);
    }

    /** Makes the text of document become {@code text}, in as small edits as {@link TextDiff} finds, as one change. */
    static void replaceText(Document document, String text) {
        ObjectId id = textId(document);
        String old = document.text(id).orElse("");
        List<TextDiff.Edit> edits = TextDiff.between(old, text);
        if (edits.isEmpty()) {
            return;
        }
        try (Transaction tx = document.startTransaction()) {
            // from the end, so that each edit's offsets in the old text still hold
            for (int k = edits.size() - 1; k >= 0; k--) {
                TextDiff.Edit edit = edits.get(k);
                tx.spliceText(id, edit.start(), edit.delete(), edit.insert());
            }
            tx.commit();
        }
    }
}
