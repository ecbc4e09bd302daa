package nl.statenwerk.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official schemas the Woo-index checks against, from the application's own copies: sitemap.xsd and siteindex.xsd
 * of sitemaps.org, and DiWoo 0.9.8 with its MDTO import resolved to the copy beside it. Nothing is fetched: a schema
 * that is not shipped fails to load.
 */
final class WooSchemas {

    static final String MDTO = "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd";

    final Schema sitemap;
    final Schema siteindex;
    final Schema diwoo;

    WooSchemas() {
        try {
            sitemap = factory().newSchema(new Source[] {source("standards/sitemaps/sitemap.xsd"), diwooSource()});
            siteindex = factory().newSchema(source("standards/sitemaps/siteindex.xsd"));
            diwoo = factory().newSchema(diwooSource());
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates the document, throwing with the schema's complaint when it is not valid. */
    static void validate(Schema schema, String xml) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static SchemaFactory factory() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setResourceResolver(new OfflineResolver());
        return factory;
    }

    private static Source diwooSource() {
        return source("standards/diwoo/diwoo-metadata.xsd");
    }

    private static StreamSource source(String path) {
        URL url = Objects.requireNonNull(WooSchemas.class.getClassLoader().getResource(path), path);
        return new StreamSource(url.toExternalForm());
    }

    /** Resolves the MDTO import to the shipped copy; the relative include of the value lists resolves as a file. */
    private static final class OfflineResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (!MDTO.equals(systemId)) {
                return null;
            }
            URL url = Objects.requireNonNull(
                    WooSchemas.class.getClassLoader().getResource("standards/diwoo/MDTO-XML1.0.1.xsd"));
            return new Input(publicId, url.toExternalForm());
        }
    }

    private record Input(String publicId, String systemId) implements LSInput {
        @Override
        public Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(Reader characterStream) {}

        @Override
        public InputStream getByteStream() {
            return null;
        }

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
