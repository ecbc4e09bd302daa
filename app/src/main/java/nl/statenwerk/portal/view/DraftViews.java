package nl.statenwerk.portal.view;

import java.util.List;
import java.util.UUID;
import nl.statenwerk.drafts.Draft;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;

/** The pages of drafts (concepten) under /concepten. */
public final class DraftViews {

    private DraftViews() {}

    /** A draft in the list, with its owner's name. */
    public record Row(Draft draft, String owner, boolean mine) {}

    public record ListPage(
            Csrf csrf,
            List<Row> rows,
            List<Option> kinds,
            boolean mayCreate,
            @Nullable String error) {}

    /** A person on the draft: the owner or a participant. */
    public record Person(UUID account, String name, boolean owner) {}

    /**
     * The editor.
     *
     * @param heads the version the text is from, comma-separated, handed back by a save without JavaScript
     * @param editing the names of those who have the editor open now
     * @param automerge the address of Automerge's module; {@code wasm} that of its WebAssembly core
     */
    public record EditorPage(
            Csrf csrf,
            Draft draft,
            String text,
            String heads,
            List<Person> people,
            List<String> editing,
            boolean owner,
            String automerge,
            String wasm,
            @Nullable String notice,
            @Nullable String error) {}
}
