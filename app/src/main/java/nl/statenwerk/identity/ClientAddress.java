package nl.statenwerk.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The address a request comes from, for limits per client. The peer's address, unless the peer is one of the
 * configured proxies: then the X-Forwarded-For chain is read from the right, and the first address that is not a
 * trusted proxy is the client. Anything to its left is what the client claimed and is never believed, so no one can
 * spend another address's attempts by naming it. IPv6 clients count per /64, the block one household or host gets.
 */
final class ClientAddress {

    private record Network(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            if (!Arrays.equals(address, 0, full, prefix, 0, full)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest);
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private final List<Network> trustedProxies;

    /** @param trustedProxies addresses or networks ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) of our own proxies */
    ClientAddress(List<String> trustedProxies) {
        List<Network> networks = new ArrayList<>();
        for (String proxy : trustedProxies) {
            String value = proxy.strip();
            if (value.isEmpty()) {
                continue;
            }
            int slash = value.indexOf('/');
            byte[] address = literal(slash < 0 ? value : value.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("statenwerk.identity.trusted-proxies: not an address: " + value);
            }
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(value.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("statenwerk.identity.trusted-proxies: bad prefix: " + value);
            }
            networks.add(new Network(address, bits));
        }
        this.trustedProxies = List.copyOf(networks);
    }

    /** The key that a client's attempts count under. */
    String of(HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (trusted(client)) {
            String forwarded = String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    continue;
                }
                client = hop;
                if (!trusted(hop)) {
                    break;
                }
            }
        }
        return key(client);
    }

    private boolean trusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trustedProxies.stream().anyMatch(n -> n.contains(bytes));
    }

    /** IPv4 as it is, IPv6 to its /64; a value that is no address counts as itself. */
    static String key(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return "?" + address;
        }
        if (bytes.length == 16) {
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return toText(bytes) + "/64";
        }
        return toText(bytes);
    }

    private static String toText(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of an address literal; never a DNS lookup. */
    static byte @Nullable [] literal(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.isEmpty() || !(text.contains(".") || text.contains(":"))) {
            return null;
        }
        try {
            // an IPv4-mapped IPv6 literal comes back as the IPv4 address, so it counts with it
            return InetAddress.ofLiteral(text).getAddress();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
