package nl.statenwerk.portal;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders each page into one buffer of UTF-8 bytes before it is written. jte's own view writes through the servlet
 * writer, and the ETag filter's writer flushes and encodes after every small piece a template writes; on the meeting
 * page that was a tenth of the render time (docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class PortalViewResolver {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templateEngine, JteProperties properties) {
        return new JteViewResolver(templateEngine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(templateEngine);
            }
        };
    }

    static final class BufferedView extends JteView {

        private final TemplateEngine templateEngine;

        BufferedView(TemplateEngine templateEngine) {
            super(templateEngine);
            this.templateEngine = templateEngine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            templateEngine.render(getUrl(), model, output);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
