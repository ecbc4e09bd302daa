package nl.statenwerk.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32C;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Caching of the portal's pages: a page may be kept for a minute by anyone (browsers, proxies) and then revalidated
 * with its ETag, which answers 304 when nothing changed. Pages vary with the language cookie; a response that sets
 * that cookie, and every error, is not kept. A minute is the delay the griffie can accept between publishing and
 * showing; a non-public paper answers 404 at once, as errors are never cached. A page with anything not public is
 * {@code private, no-store}, without an ETag, and so is any signed-in reader's page. Static files have their own,
 * year-long caching (see {@code spring.web.resources} in application.yml).
 */
@Component
class PortalCaching extends ShallowEtagHeaderFilter {

    static final String PAGE = "public, max-age=60";
    static final String PERSONAL = "private, no-cache";
    static final String NEVER = "no-store";
    /** A page for a signed-in user: its header shows their own notifications, so nobody else may keep it. */
    static final String SIGNED_IN = "private, no-store";

    PortalCaching() {
        // Tomcat does not compress a response with a strong ETag (it would name two different bodies): weak ones
        // keep pages compressed, a quarter of their size
        setWriteWeakETag(true);
    }

    private static final List<String> PAGES =
            List.of("/vergaderingen", "/stukken", "/personen", "/fracties", "/zoeken", "/toegankelijkheid");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                || (accept != null && accept.contains("text/event-stream"))) {
            // nothing to cache, and a stream of events must reach the browser as it is written, not when it ends
            return true;
        }
        String path = request.getRequestURI();
        return !path.equals("/")
                && PAGES.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                && !(signedIn() && !isStatic(request));
    }

    /** Whether the request comes from a signed-in user (the security context is the request's by now). */
    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the response is buffered by the ETag filter at this point, so headers can still be set after the page
        super.doFilterInternal(request, response, (req, res) -> {
            chain.doFilter(req, res);
            HttpServletResponse page = (HttpServletResponse) res;
            if (signedIn() && !isStatic((HttpServletRequest) req)) {
                // whatever else the page set: its layout carries the user's own count, and a shared cache keys on no
                // cookie
                page.setHeader(HttpHeaders.CACHE_CONTROL, SIGNED_IN);
            } else if (!page.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                page.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl((HttpServletRequest) req, page));
            }
            page.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        });
    }

    /** Static files (content-hashed, the same for everyone) and feeds keep their own caching. */
    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI();
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/');
    }

    /**
     * CRC-32C and the length instead of MD5: the tag only has to change when the page does (a page that changes
     * without its tag has a chance of one in four billion of being served from a cache for another minute), and
     * MD5 was a tenth of the meeting page's render time; CRC-32C runs in the processor.
     */
    @Override
    protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[8192];
        long length = 0;
        for (int read; (read = body.read(buffer)) != -1; length += read) {
            crc.update(buffer, 0, read);
        }
        return (isWeak ? "W/" : "") + '"' + Long.toHexString(crc.getValue()) + '-' + Long.toHexString(length) + '"';
    }

    /**
     * A signed-in reader's page may differ from everybody else's (a member sees besloten papers listed): only their
     * own browser keeps it. A page that shows what is not public sets {@code private, no-store} itself (PortalViews).
     */
    private static String cacheControl(HttpServletRequest request, HttpServletResponse page) {
        if (page.getStatus() != HttpServletResponse.SC_OK) {
            return NEVER;
        }
        return page.containsHeader(HttpHeaders.SET_COOKIE) || request.getUserPrincipal() != null ? PERSONAL : PAGE;
    }
}
