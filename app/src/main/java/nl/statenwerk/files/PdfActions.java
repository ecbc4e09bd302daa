package nl.statenwerk.files;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Finds JavaScript and actions that start programs in a PDF: the document's {@code /OpenAction}, {@code /Names
 * /JavaScript}, additional actions ({@code /AA}) and the {@code /A} of annotations and form fields.
 *
 * <p>It walks every object reachable from the trailer rather than the few places a viewer looks first, because a
 * viewer runs an action wherever it is hung (a field's keystroke action, a page's open action, a link's chain of
 * {@code /Next} actions).
 */
final class PdfActions {

    /** Action types that run code or leave the document for a program. */
    private static final Set<COSName> ACTIVE = Set.of(
            COSName.JAVA_SCRIPT,
            COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"),
            COSName.getPDFName("Rendition"),
            COSName.getPDFName("SubmitForm"));

    /** Enough for any real document; a file with more objects is read no further than this. */
    private static final int MAX_OBJECTS = 2_000_000;

    private PdfActions() {}

    /** Where the first active content is, e.g. {@code /Root/OpenAction (JavaScript)}; {@code null} when there is none. */
    static @Nullable String find(PDDocument document) {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        Deque<Step> todo = new ArrayDeque<>();
        todo.push(new Step(document.getDocument().getTrailer(), ""));
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_OBJECTS) {
            Step step = todo.pop();
            COSBase base = step.object instanceof COSObject o ? o.getObject() : step.object;
            if (base == null || seen.put(base, Boolean.TRUE) != null) {
                continue;
            }
            if (base instanceof COSDictionary dictionary) {
                COSName type = dictionary.getCOSName(COSName.S);
                if (type != null && ACTIVE.contains(type)) {
                    return step.path + " (" + type.getName() + ")";
                }
                if (dictionary.containsKey(COSName.JS)) {
                    return step.path + "/JS";
                }
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    // /Parent leads back up the page tree: seen already, and it would make paths long
                    if (!COSName.PARENT.equals(entry.getKey())) {
                        todo.push(new Step(
                                entry.getValue(),
                                step.path + "/" + entry.getKey().getName()));
                    }
                }
                if (step.path.endsWith("/Names") && dictionary.containsKey(COSName.JAVA_SCRIPT)) {
                    return step.path + "/JavaScript";
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.push(new Step(array.get(i), step.path + "[" + i + "]"));
                }
            }
        }
        return null;
    }

    private record Step(COSBase object, String path) {}
}
