package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;

/** The griffie's screens for who may read what, at {@code /beheer/toegang}. */
public final class AccessViews {

    private AccessViews() {}

    /**
     * Who may read one paper.
     *
     * @param confidentiality the source's vertrouwelijkheidsaanduiding, as it came
     * @param fracties the fracties of the paper's body, the owner selected
     * @param persons the persons of the paper's body, the named readers checked
     * @param notice message key of what was just done, or null
     * @param error message key of what went wrong, or null
     */
    public record PaperAccessPage(
            Csrf csrf,
            String paperId,
            String title,
            AccessLevel level,
            @Nullable String confidentiality,
            List<Option> fracties,
            List<Option> persons,
            @Nullable String notice,
            @Nullable String error) {}

    /** One account: its roles, the person it is linked to, and the roles it does not have yet. */
    public record AccountRow(
            String id,
            String name,
            String email,
            List<String> roles,
            @Nullable String person,
            List<Option> persons,
            List<Option> grantable) {}

    public record AccountsPage(
            Csrf csrf,
            List<AccountRow> accounts,
            @Nullable String notice,
            @Nullable String error) {}
}
