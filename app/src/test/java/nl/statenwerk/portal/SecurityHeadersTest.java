package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {

    private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeaders().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsForAYear() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSecure(true);
        assertThat(filter(request).getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000; includeSubDomains");
        assertThat(filter(new MockHttpServletRequest("GET", "/")).getHeader("Strict-Transport-Security"))
                .isNull();
    }

    @Test
    void aStoredFileHasNoPagePolicySoThatTheBrowserStillShowsAPdf() throws Exception {
        MockHttpServletResponse file = filter(new MockHttpServletRequest("GET", "/api/files/abc/motie.pdf"));
        assertThat(file.getHeader("Content-Security-Policy")).isNull();
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(filter(new MockHttpServletRequest("GET", "/stukken/abc")).getHeader("Content-Security-Policy"))
                .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
}
