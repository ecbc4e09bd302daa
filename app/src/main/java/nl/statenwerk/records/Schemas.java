package nl.statenwerk.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The MDTO and ORI-A schemas, shipped in {@code standards/} (see the PROVENANCE.md there), compiled once. */
final class Schemas {

    static final Schema MDTO = load("/standards/mdto/MDTO-XML1.0.1.xsd");
    static final Schema ORI_A = load("/standards/ori-a/ORI-A.xsd");

    private Schemas() {}

    /** @throws ArchiveExportException naming the document when it is not valid */
    static void validate(Schema schema, byte[] xml, String name) {
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new ArchiveExportException(name + " is niet geldig volgens het schema: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load(String resource) {
        URL url = Objects.requireNonNull(Schemas.class.getResource(resource), resource);
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // both schemas are self-contained: nothing is fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
