package nl.statenwerk.portal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import nl.statenwerk.compliance.Compliance;
import nl.statenwerk.compliance.ComplianceReport;
import nl.statenwerk.portal.view.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The compliance dashboard (naleving) for the griffie: the figures of the Woo and the Archiefwet on one page, each
 * section linking to its own screen, and the same as a PDF report. Security guards {@code /beheer/**}; never cached,
 * the figures change all day.
 */
@Controller
class ComplianceController {

    static final String PATH = "/beheer/naleving";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String CSS = resource("report.css");

    private final Compliance compliance;
    private final TemplateEngine templates;

    ComplianceController(Compliance compliance, TemplateEngine templates) {
        this.compliance = compliance;
        this.templates = templates;
    }

    @GetMapping(PATH)
    String dashboard(HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        model.addAttribute("report", compliance.report(LocalDate.now(ZONE)));
        return "portal/compliance";
    }

    /**
     * The report as a PDF that must itself pass PDF/UA-1 and PDF/A-2 (STACK.md: openhtmltopdf, tagged, with an
     * embedded font and the sRGB output intent), so the griffie can file and publish it as it is.
     */
    @GetMapping(PATH + ".pdf")
    ResponseEntity<byte[]> report(Model model) {
        Texts t = (Texts) model.getAttribute("t");
        ComplianceReport report = compliance.report(LocalDate.now(ZONE));
        StringOutput html = new StringOutput();
        templates.render(
                "portal/compliance-report.jte",
                Map.of(
                        "t",
                        t,
                        "report",
                        report,
                        "base",
                        ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(),
                        "css",
                        CSS),
                html);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"naleving-" + report.date() + ".pdf\"")
                .body(pdf(html.toString().strip()));
    }

    static byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = ComplianceController.class.getResourceAsStream("/compliance/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: /compliance/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = ComplianceController.class.getResourceAsStream("/compliance/fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + name);
        }
        return in;
    }
}
