package nl.statenwerk.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.automerge.Document;
import org.automerge.ObjectId;
import org.automerge.Transaction;
import org.junit.jupiter.api.Test;

/** Automerge (the Java binding, JNI) as the drafts use it: replicas that edit at once, and a save made at a version. */
class DraftMergeTest {

    @Test
    void twoReplicasThatInsertAtOnceInDifferentPlacesMergeWithoutLoss() {
        Document server = Document.load(DraftDocuments.create("constaterende dat\n- \n\noverwegende dat\n- \n"));
        Document ria = server.fork();
        Document kees = server.fork();
        try {
            splice(ria, 20, "de wegen slecht zijn");
            splice(kees, 40, "het verkeer toeneemt");
            splice(ria, 0, "Motie wegen\n\n");

            server.applyEncodedChanges(ria.encodeChangesSince(server.getHeads()));
            server.applyEncodedChanges(kees.encodeChangesSince(new org.automerge.ChangeHash[0]));
            ria.merge(kees);
            kees.merge(ria);

            String expected =
                    "Motie wegen\n\nconstaterende dat\n- de wegen slecht zijn\n\noverwegende dat\n- het verkeer toeneemt\n";
            assertThat(DraftDocuments.text(server)).isEqualTo(expected);
            assertThat(DraftDocuments.text(ria)).isEqualTo(expected);
            assertThat(DraftDocuments.text(kees)).isEqualTo(expected);
            assertThat(DraftDocuments.heads(server)).isEqualTo(DraftDocuments.heads(ria));
        } finally {
            server.free();
            ria.free();
            kees.free();
        }
    }

    @Test
    void aSaveMadeAtAnOlderVersionKeepsWhatOthersChangedSince() {
        Document server = Document.load(DraftDocuments.create("Eerste alinea.\n\nTweede alinea.\n\nDerde alinea.\n"));
        try {
            List<String> loaded = DraftDocuments.heads(server);
            // someone else edits the middle paragraph after the form was loaded
            Document other = server.fork();
            splice(other, 29, " Met een aanvulling");
            server.merge(other);
            other.free();

            // the form comes back with the first and the last paragraph changed, the middle as it was loaded
            Document base = server.fork(DraftDocuments.hashes(loaded));
            DraftDocuments.replaceText(base, "Eerste alinea, herschreven.\n\nTweede alinea.\n\nDerde alinea. Slot.\n");
            server.merge(base);
            base.free();

            assertThat(DraftDocuments.text(server))
                    .isEqualTo(
                            "Eerste alinea, herschreven.\n\nTweede alinea Met een aanvulling.\n\nDerde alinea. Slot.\n");
        } finally {
            server.free();
        }
    }

    @Test
    void theDifferenceOfTwoTextsIsSmallEditsThatRebuildTheNewText() {
        String old = "a\nb\nc\nd\ne\n";
        String now = "a\nB!\nc\nd\nnieuw\ne\nf";
        List<TextDiff.Edit> edits = TextDiff.between(old, now);
        StringBuilder rebuilt = new StringBuilder(old);
        for (int k = edits.size() - 1; k >= 0; k--) {
            TextDiff.Edit e = edits.get(k);
            rebuilt.replace(e.start(), e.start() + e.delete(), e.insert());
        }
        assertThat(rebuilt.toString()).isEqualTo(now);
        // the unchanged lines c and d are not part of any edit
        assertThat(edits)
                .allSatisfy(e -> assertThat(old.substring(e.start(), e.start() + e.delete()))
                        .doesNotContain("c\nd"));
        assertThat(TextDiff.between(old, old)).isEmpty();
    }

    private static void splice(Document document, int at, String text) {
        ObjectId id = DraftDocuments.textId(document);
        try (Transaction tx = document.startTransaction()) {
            tx.spliceText(id, at, 0, text);
            tx.commit();
        }
    }
}
