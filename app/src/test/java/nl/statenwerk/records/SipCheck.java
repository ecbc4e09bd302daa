package nl.statenwerk.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;

/**
 * What an e-Depot checks on receiving a SIP: every sidecar validates against MDTO 1.0.1, every ORI-A file against
 * ORI-A, every exported file has its {@code .bestand.mdto.xml} and the size and SHA-256 in it are the file's own.
 */
public final class SipCheck {

    private SipCheck() {}

    /** @return the ORI-A files, for further checks */
    public static List<Path> verify(Path sip, ExportSummary summary) throws Exception {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(sip)) {
            all = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> sidecars =
                all.stream().filter(p -> name(p).endsWith(".mdto.xml")).toList();
        List<Path> oria =
                all.stream().filter(p -> name(p).endsWith(".ori-a.xml")).toList();
        assertThat(oria).as("ORI-A files").isNotEmpty();
        Schema mdto = schema("/standards/mdto/MDTO-XML1.0.1.xsd");
        for (Path sidecar : sidecars) {
            mdto.newValidator().validate(new StreamSource(sidecar.toFile()));
        }
        Schema oriaSchema = schema("/standards/ori-a/ORI-A.xsd");
        for (Path file : oria) {
            oriaSchema.newValidator().validate(new StreamSource(file.toFile()));
        }
        List<Path> content =
                all.stream().filter(p -> !name(p).endsWith(".mdto.xml")).toList();
        assertThat(content).hasSize(summary.files() + oria.size());
        for (Path file : content) {
            Path sidecar = file.resolveSibling(name(file) + ".bestand.mdto.xml");
            assertThat(sidecar).as(file.toString()).exists();
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element bestand = (Element) factory.newDocumentBuilder()
                    .parse(sidecar.toFile())
                    .getDocumentElement()
                    .getElementsByTagNameNS("*", "bestand")
                    .item(0);
            assertThat(text(bestand, "naam")).isEqualTo(name(file));
            assertThat(Long.parseLong(text(bestand, "omvang"))).isEqualTo(Files.size(file));
            assertThat(text(bestand, "checksumWaarde")).as(file.toString()).isEqualTo(sha256(file));
        }
        return oria;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }

    private static Schema schema(String resource) throws Exception {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SipCheck.class.getResource(resource));
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (var in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
