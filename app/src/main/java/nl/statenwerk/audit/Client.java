package nl.statenwerk.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The client a request came from, minimised (AVG art. 5 lid 1 sub c) because the log is kept for years: the address
 * is truncated to its network (IPv4 /24, IPv6 /48), which still tells an investigator the network a request came
 * from without naming a household; the user agent is kept only as the first 16 hex digits of its SHA-256, enough to
 * see that requests came from the same browser, not which one. Use {@link #of(String, String)}.
 *
 * @param address the truncated address, e.g. {@code 192.0.2.0/24}
 * @param agent the shortened hash of the user agent
 */
public record Client(@Nullable String address, @Nullable String agent) {

    public Client {
        address = AuditEvent.optional(address, 64);
        agent = AuditEvent.optional(agent, 64);
    }

    /** Minimises a request's remote address and User-Agent header; either may be {@code null}. */
    public static Client of(@Nullable String remoteAddress, @Nullable String userAgent) {
        return new Client(truncate(remoteAddress), userAgent == null || userAgent.isBlank() ? null : hash(userAgent));
    }

    static @Nullable String truncate(@Nullable String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return null;
        }
        String literal = remoteAddress.strip();
        // only literals: a host name would make InetAddress ask the DNS
        if (!literal.matches("[0-9a-fA-F:.%\\[\\]a-zA-Z0-9]+") || !(literal.contains(".") || literal.contains(":"))) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(literal.replace("[", "").replace("]", ""))
                    .getAddress();
            int keep = bytes.length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + (bytes.length == 4 ? "/24" : "/48");
        } catch (IllegalArgumentException | UnknownHostException e) {
            return null;
        }
    }

    private static String hash(String userAgent) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userAgent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
