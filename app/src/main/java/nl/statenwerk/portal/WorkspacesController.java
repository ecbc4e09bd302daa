package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.WorkspaceViews.AdminPage;
import nl.statenwerk.portal.view.WorkspaceViews.AdminRow;
import nl.statenwerk.portal.view.WorkspaceViews.DocumentView;
import nl.statenwerk.portal.view.WorkspaceViews.OverviewPage;
import nl.statenwerk.portal.view.WorkspaceViews.WorkspacePage;
import nl.statenwerk.workspaces.Views.Download;
import nl.statenwerk.workspaces.WorkspaceRefused;
import nl.statenwerk.workspaces.Workspaces;
import nl.statenwerk.workspaces.WorkspacesProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The members' workspaces under {@value #PATH} (signed-in only, see identity's SecurityConfiguration; who may see which
 * is the workspaces module's {@code WorkspaceMembership}) and the griffie's overview under {@value #ADMIN}. A workspace
 * or document the reader may not see answers 404, as one that does not exist. Forms post and redirect back; a refused
 * upload comes back as the page with the reason (413 when too large, 422 otherwise), so a plain form works without
 * JavaScript. Never cached.
 */
@Controller
class WorkspacesController {

    static final String PATH = "/werkruimtes";
    static final String ADMIN = "/beheer/werkruimtes";

    /** Only the keys the module can refuse with, so an address cannot make a page say anything else. */
    private static final List<String> ERRORS = List.of(
            "workspace.refused.name",
            "workspace.refused.nameTaken",
            "workspace.refused.moveIntoItself",
            "workspace.refused.restoreExpired",
            "workspace.refused.shareDocumentsOnly",
            "workspace.refused.shareTarget",
            "workspace.refused.tooLarge",
            "workspace.refused.file",
            "workspace.refused.noFile",
            "workspace.refused.noAccount");

    private final Workspaces workspaces;
    private final Viewers viewers;
    private final FileCatalog files;
    private final Accounts accounts;
    private final String maxUpload;

    WorkspacesController(
            Workspaces workspaces,
            Viewers viewers,
            FileCatalog files,
            Accounts accounts,
            WorkspacesProperties properties) {
        this.workspaces = workspaces;
        this.viewers = viewers;
        this.files = files;
        this.accounts = accounts;
        this.maxUpload = properties.maxUploadSize().toMegabytes() + " MB";
    }

    @GetMapping(PATH)
    String overview(
            @RequestParam(name = "q", required = false) @Nullable String query,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        Viewer viewer = viewers.current();
        String q = query == null || query.isBlank() ? null : query.strip();
        model.addAttribute(
                "page",
                new OverviewPage(workspaces.mine(viewer), q, q == null ? List.of() : workspaces.search(viewer, q)));
        return "portal/workspaces";
    }

    @GetMapping(PATH + "/{id}")
    String workspace(
            @PathVariable UUID id,
            @RequestParam(name = "map", required = false) @Nullable UUID folder,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return renderWorkspace(id, folder, errorKey(error), "", request, response, model);
    }

    private String renderWorkspace(
            UUID id,
            @Nullable UUID folder,
            @Nullable String error,
            String detail,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        var listing = workspaces.listing(viewers.current(), id, folder).orElseThrow(NotFound::new);
        model.addAttribute("page", new WorkspacePage(csrf(request), listing, error, detail, maxUpload));
        return "portal/workspace";
    }

    @PostMapping(PATH + "/{id}/mappen")
    String createFolder(
            @PathVariable UUID id,
            @RequestParam(name = "map", required = false) @Nullable UUID parent,
            @RequestParam("naam") String name) {
        return act(back(id, parent), () -> workspaces.createFolder(viewers.current(), id, parent, name));
    }

    @PostMapping(PATH + "/{id}/bestanden")
    String upload(
            @PathVariable UUID id,
            @RequestParam(name = "map", required = false) @Nullable UUID folder,
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            Viewer viewer = viewers.current();
            if (file == null || file.isEmpty()) {
                throw new WorkspaceRefused("workspace.refused.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                workspaces.upload(viewer, id, folder, originalName(file), file.getContentType(), in);
            }
            return "redirect:" + back(id, folder);
        } catch (WorkspaceRefused e) {
            response.setStatus(status(e));
            return renderWorkspace(id, folder, e.messageKey(), e.detail(), request, response, model);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(PATH + "/documenten/{item}")
    String document(
            @PathVariable UUID item,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return renderDocument(item, errorKey(error), "", request, response, model);
    }

    private String renderDocument(
            UUID item,
            @Nullable String error,
            String detail,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        var page = workspaces.document(viewers.current(), item).orElseThrow(NotFound::new);
        model.addAttribute("page", new DocumentView(csrf(request), page, error, detail, maxUpload));
        return "portal/workspace-document";
    }

    @PostMapping(PATH + "/documenten/{item}/versies")
    String addVersion(
            @PathVariable UUID item,
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw new WorkspaceRefused("workspace.refused.noFile");
            }
            try (InputStream in = file.getInputStream()) {
                workspaces.addVersion(viewers.current(), item, originalName(file), file.getContentType(), in);
            }
            return "redirect:" + PATH + "/documenten/" + item;
        } catch (WorkspaceRefused e) {
            response.setStatus(status(e));
            return renderDocument(item, e.messageKey(), e.detail(), request, response, model);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(PATH + "/documenten/{item}/versies/{number}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID item, @PathVariable int number) throws IOException {
        Download download = workspaces.download(viewers.current(), item, number).orElseThrow(NotFound::new);
        boolean pdf = MediaType.APPLICATION_PDF_VALUE.equals(download.mimeType());
        // only a PDF is shown in the browser (its viewer runs no script from it: the file store refuses PDFs with
        // JavaScript); everything else is saved, never rendered as a page of this site
        ContentDisposition disposition = (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(download.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : mediaType(download.mimeType()))
                .contentLength(download.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER)
                .body(new InputStreamResource(files.open(download.sha256())));
    }

    @PostMapping(PATH + "/documenten/{item}/naam")
    String rename(@PathVariable UUID item, @RequestParam("naam") String name) {
        return act(PATH + "/documenten/" + item, () -> workspaces.rename(viewers.current(), item, name));
    }

    @PostMapping(PATH + "/{id}/items/{item}/naam")
    String renameInList(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam(name = "map", required = false) @Nullable UUID folder,
            @RequestParam("naam") String name) {
        return act(back(id, folder), () -> workspaces.rename(viewers.current(), item, name));
    }

    @PostMapping(PATH + "/{id}/items/{item}/verplaatsen")
    String move(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam(name = "map", required = false) @Nullable UUID folder,
            @RequestParam(name = "naar", required = false) @Nullable String target) {
        UUID to = target == null || target.isBlank() ? null : UUID.fromString(target);
        return act(back(id, folder), () -> workspaces.move(viewers.current(), item, to));
    }

    @PostMapping(PATH + "/{id}/items/{item}/verwijderen")
    String delete(
            @PathVariable UUID id,
            @PathVariable UUID item,
            @RequestParam(name = "map", required = false) @Nullable UUID folder) {
        return act(back(id, folder), () -> workspaces.delete(viewers.current(), item));
    }

    @PostMapping(PATH + "/{id}/items/{item}/herstellen")
    String restore(@PathVariable UUID id, @PathVariable UUID item) {
        return act(back(id, null), () -> workspaces.restore(viewers.current(), item));
    }

    @PostMapping(PATH + "/documenten/{item}/delen")
    String share(@PathVariable UUID item, @RequestParam("met") UUID with) {
        return act(PATH + "/documenten/" + item, () -> workspaces.share(viewers.current(), item, with));
    }

    @PostMapping(PATH + "/documenten/{item}/delen/{with}/intrekken")
    String revoke(@PathVariable UUID item, @PathVariable UUID with) {
        return act(PATH + "/documenten/" + item, () -> workspaces.revoke(viewers.current(), item, with));
    }

    // --- the griffie

    @GetMapping(ADMIN)
    String admin(
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        List<AdminRow> rows = workspaces.all().stream()
                .map(w -> new AdminRow(w, workspaces.namedMembers(w.id())))
                .toList();
        model.addAttribute("page", new AdminPage(csrf(request), rows, errorKey(error)));
        return "portal/workspaces-admin";
    }

    @PostMapping(ADMIN + "/{id}/leden")
    String addMember(@PathVariable UUID id, @RequestParam("email") String email) {
        Optional<UserAccount> account = accounts.findByEmail(email.strip());
        if (account.isEmpty()) {
            return "redirect:" + ADMIN + "?fout=workspace.refused.noAccount";
        }
        return act(ADMIN, () -> workspaces.addNamedMember(id, account.get().id(), griffie()));
    }

    @PostMapping(ADMIN + "/{id}/leden/{account}/verwijderen")
    String removeMember(@PathVariable UUID id, @PathVariable UUID account) {
        return act(ADMIN, () -> workspaces.removeNamedMember(id, account, griffie()));
    }

    private UUID griffie() {
        UUID account = viewers.current().account();
        if (account == null) {
            throw new IllegalStateException("the security configuration lets only the griffie here");
        }
        return account;
    }

    // ---

    private static String back(UUID workspace, @Nullable UUID folder) {
        return PATH + "/" + workspace + (folder == null ? "" : "?map=" + folder);
    }

    private static String act(String back, Runnable action) {
        try {
            action.run();
            return "redirect:" + back;
        } catch (WorkspaceRefused e) {
            return "redirect:" + back + (back.contains("?") ? "&" : "?") + "fout=" + e.messageKey();
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
    }

    private static int status(WorkspaceRefused e) {
        return e.messageKey().equals("workspace.refused.tooLarge")
                ? HttpStatus.CONTENT_TOO_LARGE.value()
                : HttpStatus.UNPROCESSABLE_CONTENT.value();
    }

    private static String originalName(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "bestand" : name;
    }

    private static @Nullable String errorKey(@Nullable String error) {
        return error == null ? null : ERRORS.contains(error) ? error : "workspace.refused.name";
    }

    private static MediaType mediaType(String mimeType) {
        try {
            return MediaType.parseMediaType(mimeType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
