package nl.statenwerk.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which urls the importers may fetch: only http and https, without a user name or password, and only from hosts all of
 * whose addresses are public. A hostile source must not make the server fetch what only the server can reach: the
 * cloud's metadata service, an admin port on localhost, the intranet (server-side request forgery). Hosts that the
 * operator names ({@code statenwerk.import.allowed-private-hosts}) may resolve to internal addresses.
 *
 * <p>The names are resolved here and again by the HTTP client when it connects. Java caches a lookup for 30 seconds
 * ({@code networkaddress.cache.ttl}) whatever the DNS answer's TTL, so the client normally connects to an address
 * checked here; a name whose cached answer expires between the two lookups can still be rebound (see
 * docs/security.md).
 */
final class AddressPolicy {

    /** Resolves a host name to all of its addresses; the importers use DNS, tests may stand in for it. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    /** A host whose last label is a number is an IPv4 address to resolvers and browsers alike: no TLD is numeric. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|.*\\.)(0x[0-9a-f]*|\\d+)");

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    AddressPolicy(Collection<String> allowedPrivateHosts, Resolver resolver) {
        this.allowedHosts = allowedPrivateHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .map(h -> h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h)
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** The default: no internal address at all. */
    static AddressPolicy publicOnly() {
        return new AddressPolicy(List.of(), DNS);
    }

    /**
     * Checks a url before it is fetched, and each redirect before it is followed.
     *
     * @return the url parsed
     * @throws RefusedAddress when the url may not be fetched, with the reason in Dutch
     * @throws UnknownHostException when its host does not resolve
     */
    URI check(String url) throws UnknownHostException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new RefusedAddress(url, "geen geldige url");
        }
        return check(uri);
    }

    URI check(URI uri) throws UnknownHostException {
        String url = uri.toString();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedAddress(url, "alleen http- en https-adressen worden opgehaald");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedAddress(url, "een url met gebruikersnaam of wachtwoord wordt niet opgehaald");
        }
        // URI leaves the host out when it is no valid host name (127.1, 0x7f.1, under_score); the client would refuse
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new RefusedAddress(url, "de url heeft geen geldige hostnaam");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean bracketed = host.startsWith("[");
        if (bracketed) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.contains("%")) {
            throw new RefusedAddress(url, "een IPv6-adres met zone-index wordt niet opgehaald");
        }
        if (allowedHosts.contains(host)) {
            return uri;
        }
        InetAddress[] addresses;
        boolean literal = true;
        if (bracketed) {
            addresses = new InetAddress[] {literal(url, host)};
        } else if (NUMERIC_LAST_LABEL.matcher(host).matches()) {
            // 2130706433, 0177.0.0.1 and 127.000.000.001 mean different addresses to different parsers
            if (!CANONICAL_IPV4.matcher(host).matches()) {
                throw new RefusedAddress(url, "ongebruikelijke schrijfwijze van een IP-adres: " + host);
            }
            addresses = new InetAddress[] {literal(url, host)};
        } else {
            addresses = resolver.resolve(host);
            literal = false;
        }
        for (InetAddress address : addresses) {
            String why = whyInternal(address);
            if (why != null) {
                String shown = address.getHostAddress();
                throw new RefusedAddress(
                        url, (literal ? shown : host + " wijst naar " + shown) + ", een intern adres (" + why + ")");
            }
        }
        return uri;
    }

    private static InetAddress literal(String url, String host) {
        try {
            return InetAddress.ofLiteral(host);
        } catch (IllegalArgumentException e) {
            throw new RefusedAddress(url, "geen geldig IP-adres: " + host);
        }
    }

    /** Why an address is internal, in Dutch; {@code null} for a public address. */
    static @Nullable String whyInternal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return whyInternalV4(bytes);
        }
        if (address instanceof Inet6Address) {
            return whyInternalV6(bytes);
        }
        return "onbekend soort adres";
    }

    private static @Nullable String whyInternalV4(byte[] bytes) {
        for (Range range : V4) {
            if (range.contains(bytes)) {
                return range.why;
            }
        }
        return null;
    }

    private static @Nullable String whyInternalV6(byte[] bytes) {
        for (Range range : V6) {
            if (range.contains(bytes)) {
                if (range.embeddedV4 < 0) {
                    return range.why;
                }
                // an IPv4 address inside IPv6 reaches that IPv4 address, through the host or a translator
                String inner = whyInternalV4(Arrays.copyOfRange(bytes, range.embeddedV4, range.embeddedV4 + 4));
                return inner == null ? null : range.why + " van " + inner;
            }
        }
        return null;
    }

    /** The refused ranges of IANA's special-purpose registries, most specific first where they overlap. */
    private static final List<Range> V4 = List.of(
            Range.v4("0.0.0.0/8", "dit netwerk, 0.0.0.0/8"),
            Range.v4("10.0.0.0/8", "privénetwerk"),
            Range.v4("100.64.0.0/10", "carrier-grade NAT"),
            Range.v4("127.0.0.0/8", "loopback"),
            Range.v4("169.254.0.0/16", "link-local, waaronder cloud-metadata"),
            Range.v4("172.16.0.0/12", "privénetwerk"),
            Range.v4("192.0.0.0/24", "IETF-protocoltoewijzing"),
            Range.v4("192.0.2.0/24", "documentatie"),
            Range.v4("192.88.99.0/24", "6to4-relay"),
            Range.v4("192.168.0.0/16", "privénetwerk"),
            Range.v4("198.18.0.0/15", "benchmarking"),
            Range.v4("198.51.100.0/24", "documentatie"),
            Range.v4("203.0.113.0/24", "documentatie"),
            Range.v4("224.0.0.0/4", "multicast"),
            Range.v4("240.0.0.0/4", "gereserveerd of broadcast"));

    private static final List<Range> V6 = List.of(
            Range.v6("::/128", "onbepaald adres"),
            Range.v6("::1/128", "loopback"),
            Range.v6("::ffff:0:0/96", "IPv4-mapped", 12),
            Range.v6("::ffff:0:0:0/96", "IPv4-translated", 12),
            Range.v6("::/96", "IPv4-compatible", 12),
            Range.v6("64:ff9b::/96", "NAT64", 12),
            Range.v6("64:ff9b:1::/48", "lokale NAT64"),
            Range.v6("100::/64", "discard"),
            Range.v6("2001::/23", "IETF-protocoltoewijzing, waaronder Teredo en benchmarking"),
            Range.v6("2001:db8::/32", "documentatie"),
            Range.v6("2002::/16", "6to4", 2),
            Range.v6("3fff::/20", "documentatie"),
            Range.v6("fc00::/7", "unique local"),
            Range.v6("fe80::/10", "link-local"),
            Range.v6("fec0::/10", "site-local"),
            Range.v6("ff00::/8", "multicast"));

    private record Range(byte[] prefix, int bits, String why, int embeddedV4) {

        static Range v4(String cidr, String why) {
            return parse(cidr, why, -1);
        }

        static Range v6(String cidr, String why) {
            return parse(cidr, why, -1);
        }

        static Range v6(String cidr, String why, int embeddedV4) {
            return parse(cidr, why, embeddedV4);
        }

        private static Range parse(String cidr, String why, int embeddedV4) {
            int slash = cidr.indexOf('/');
            // the 16 bytes as written: ofLiteral would turn ::ffff:0:0 into an IPv4 address
            byte[] prefix = cidr.contains(":")
                    ? Inet6Address.ofLiteral(cidr.substring(0, slash)).getAddress()
                    : Inet4Address.ofLiteral(cidr.substring(0, slash)).getAddress();
            if (prefix.length == 4 && cidr.contains(":")) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(prefix, 0, mapped, 12, 4);
                prefix = mapped;
            }
            return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), why, embeddedV4);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    /** A url the importers may not fetch; the message says which and why, in Dutch. */
    static final class RefusedAddress extends ImportException {

        final String reason;

        RefusedAddress(String url, String reason) {
            super("geweigerd: " + url + " (" + reason + ")");
            this.reason = reason;
        }
    }
}
