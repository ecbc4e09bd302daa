package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest from(String peer, String... forwardedFor) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/inloggen");
        request.setRemoteAddr(peer);
        for (String header : forwardedFor) {
            request.addHeader("X-Forwarded-For", header);
        }
        return request;
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        ClientAddress clients = new ClientAddress(List.of());
        assertThat(clients.of(from("198.51.100.7", "203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheLastAddressTheProxiesDidNotAdd() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.10"));
        assertThat(clients.of(from("10.1.2.3", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(clients.of(from("10.1.2.3", "203.0.113.9, 192.0.2.10"))).isEqualTo("203.0.113.9");
        assertThat(clients.of(from("10.1.2.3", "203.0.113.9", "10.9.9.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void whatAClientClaimsLeftOfItsOwnAddressIsNeverBelieved() {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8"));
        // the attacker at 203.0.113.66 sends "X-Forwarded-For: 198.51.100.1"; the proxy appends the real address
        assertThat(clients.of(from("10.1.2.3", "198.51.100.1, 203.0.113.66"))).isEqualTo("203.0.113.66");
        // a peer that is no proxy of ours cannot name a client at all
        assertThat(clients.of(from("203.0.113.66", "198.51.100.1"))).isEqualTo("203.0.113.66");
    }

    @Test
    void ipv6ClientsCountPerSlash64AndMappedIpv4AsIpv4() {
        ClientAddress clients = new ClientAddress(List.of());
        assertThat(clients.of(from("2001:db8:1:2:aaaa::1"))).isEqualTo(clients.of(from("2001:db8:1:2:bbbb::2")));
        assertThat(clients.of(from("2001:db8:1:2:aaaa::1"))).isNotEqualTo(clients.of(from("2001:db8:1:3::1")));
        assertThat(clients.of(from("::ffff:192.0.2.1"))).isEqualTo("192.0.2.1");
    }

    @Test
    void aMistypedProxySettingStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.nl")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
