package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default policy, as production runs it, over the addresses and the spellings Java's parsers accept. */
class AddressPolicyUnitTest {

    /** Names a test resolves without DNS, to what a hostile name server could answer. */
    private static final Map<String, String> NAMES = Map.of(
            "public.example", "93.184.215.14",
            "rebound.example", "127.0.0.1",
            "metadata.example", "169.254.169.254",
            "intranet.example", "10.1.2.3",
            "v6-private.example", "fd12:3456::1");

    private final AddressPolicy policy = new AddressPolicy(List.of(), AddressPolicyUnitTest::resolve);

    @ParameterizedTest(name = "{0} is refused ({1})")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://127.0.0.1/|loopback",
                "http://127.255.255.254:8080/admin|loopback",
                "http://169.254.169.254/latest/meta-data/|link-local",
                "http://10.0.0.1/|privénetwerk",
                "http://172.16.0.1/|privénetwerk",
                "http://172.31.255.255/|privénetwerk",
                "http://192.168.1.1/|privénetwerk",
                "http://100.64.0.1/|carrier-grade NAT",
                "http://100.127.255.255/|carrier-grade NAT",
                "http://0.0.0.0/|0.0.0.0/8",
                "http://0.1.2.3/|0.0.0.0/8",
                "http://224.0.0.1/|multicast",
                "http://239.255.255.250/|multicast",
                "http://255.255.255.255/|broadcast",
                "http://240.0.0.1/|gereserveerd",
                "http://198.18.0.1/|benchmarking",
                "http://198.19.255.255/|benchmarking",
                "http://192.0.2.1/|documentatie",
                "http://198.51.100.7/|documentatie",
                "http://203.0.113.9/|documentatie",
                "http://192.0.0.8/|IETF",
                "http://[::1]/|loopback",
                "http://[::]/|onbepaald",
                "http://[fe80::1]/|link-local",
                "http://[febf:ffff::1]/|link-local",
                "http://[fc00::1]/|unique local",
                "http://[fd00:ec2::254]/|unique local",
                "http://[fec0::1]/|site-local",
                "http://[ff02::1]/|multicast",
                "http://[2001:db8::1]/|documentatie",
                // Java turns the mapped form into 127.0.0.1 itself
                "http://[::ffff:127.0.0.1]/|loopback",
                "http://[::ffff:7f00:1]/|loopback",
                "http://[::ffff:a9fe:a9fe]/|link-local",
                "http://[::127.0.0.1]/|IPv4-compatible van loopback",
                "http://[::10.0.0.1]/|IPv4-compatible van privénetwerk",
                "http://[64:ff9b::10.0.0.1]/|NAT64 van privénetwerk",
                "http://[64:ff9b::a9fe:a9fe]/|NAT64 van link-local",
                "http://[64:ff9b:1::1]/|lokale NAT64",
                "http://[2002:7f00:1::]/|6to4 van loopback",
                "http://[2001::1]/|Teredo",
                "http://[100::1]/|discard",
                // spellings that Java reads as 127.0.0.1 or that other parsers read so
                "http://2130706433/|schrijfwijze",
                "http://0x7f000001/|schrijfwijze",
                "http://0177.0.0.1/|schrijfwijze",
                "http://127.000.000.001/|schrijfwijze",
                "http://017700000001/|schrijfwijze",
                "http://0/|schrijfwijze",
                // URI keeps no host for these, so the client could not tell what it reaches
                "http://127.1/|hostnaam",
                "http://1.2.3/|hostnaam",
                "http://0x7f.0.0.1/|hostnaam",
                "http://127.0.0.1./|hostnaam",
                "http://[fe80::1%25eth0]/|zone-index",
                // names whose answer is internal
                "http://rebound.example/|rebound.example wijst naar 127.0.0.1",
                "http://metadata.example/latest/|link-local",
                "http://intranet.example/|privénetwerk",
                "http://v6-private.example/|unique local",
                "http://REBOUND.example/|loopback",
                // what is no http(s) url, or carries credentials
                "ftp://public.example/file.pdf|alleen http",
                "file:///etc/passwd|alleen http",
                "gopher://public.example:70/|alleen http",
                "jar:http://public.example/a.jar!/|alleen http",
                "http://user:secret@public.example/|gebruikersnaam",
                "http://user@public.example/|gebruikersnaam",
                "http://public.example@127.0.0.1/|gebruikersnaam",
                "http://[::1/|geen geldige url",
            })
    void refuses(String url, String reason) {
        assertThatThrownBy(() -> policy.check(url))
                .isInstanceOf(AddressPolicy.RefusedAddress.class)
                .hasMessageContaining(reason)
                .hasMessageStartingWith("geweigerd: ");
    }

    @ParameterizedTest(name = "{0} is fetched")
    @ValueSource(
            strings = {
                "http://public.example/",
                "https://public.example/oparl/v1/system",
                "HTTPS://Public.Example:8443/file.pdf?x=1",
                "http://93.184.215.14/file.pdf",
                "http://8.8.8.8/",
                "http://172.15.255.255/",
                "http://172.32.0.1/",
                "http://100.63.255.255/",
                "http://100.128.0.1/",
                "http://198.17.255.255/",
                "http://198.20.0.1/",
                "http://169.253.255.255/",
                "http://192.169.0.1/",
                "http://223.255.255.255/",
                "http://[2606:4700:4700::1111]/",
                "http://[2a00:1450:4001:82a::200e]/",
                "http://[64:ff9b::808:808]/",
                "http://[2002:808:808::1]/",
            })
    void fetches(String url) {
        assertThatCode(() -> policy.check(url)).doesNotThrowAnyException();
    }

    @Test
    void refusesAHostWithOneInternalAddressAmongPublicOnes() {
        AddressPolicy twoFaced = new AddressPolicy(List.of(), host ->
                new InetAddress[] {InetAddress.ofLiteral("93.184.215.14"), InetAddress.ofLiteral("192.168.0.10")});

        assertThatThrownBy(() -> twoFaced.check("https://twee.example/"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class)
                .hasMessageContaining("192.168.0.10");
    }

    @Test
    void refusesAnIpv6AnswerThatMapsAnInternalIpv4Address() throws Exception {
        // a name server can answer ::ffff:127.0.0.1 as AAAA; Inet6Address keeps it as IPv6 where ofLiteral would not
        InetAddress mapped =
                Inet6Address.getByAddress(null, HexFormat.of().parseHex("00000000000000000000ffff7f000001"), -1);
        AddressPolicy v6 = new AddressPolicy(List.of(), host -> new InetAddress[] {mapped});

        assertThatThrownBy(() -> v6.check("http://mapped.example/"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void letsTheOperatorAllowNamedInternalHostsOnly() throws Exception {
        AddressPolicy intranet = new AddressPolicy(
                List.of(" Intranet.Example ", "10.9.8.7", "[fd00::5]", ""), AddressPolicyUnitTest::resolve);

        assertThatCode(() -> intranet.check("https://intranet.example/oparl")).doesNotThrowAnyException();
        assertThatCode(() -> intranet.check("http://10.9.8.7/")).doesNotThrowAnyException();
        assertThatCode(() -> intranet.check("http://[fd00::5]/")).doesNotThrowAnyException();
        // another internal host, or the same address in another spelling, is still refused
        assertThatThrownBy(() -> intranet.check("http://rebound.example/"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class);
        assertThatThrownBy(() -> intranet.check("http://10.9.8.8/")).isInstanceOf(AddressPolicy.RefusedAddress.class);
        assertThatThrownBy(() -> intranet.check("http://168429575/")).isInstanceOf(AddressPolicy.RefusedAddress.class);
        // allowing a host never allows other schemes or credentials
        assertThatThrownBy(() -> intranet.check("ftp://intranet.example/"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class);
        assertThatThrownBy(() -> intranet.check("http://a:b@intranet.example/"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class);
    }

    @Test
    void anUnknownHostIsUnreachableRatherThanRefused() {
        assertThatThrownBy(() -> policy.check("http://nergens.example/")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void theDefaultAsksDnsAndRefusesLocalhost() {
        assertThatThrownBy(() -> AddressPolicy.publicOnly().check("http://localhost:8080/actuator"))
                .isInstanceOf(AddressPolicy.RefusedAddress.class)
                .hasMessageContaining("localhost wijst naar")
                .hasMessageContaining("loopback");
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.ofLiteral(address)};
    }
}
