package vn.bantin.common;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The client's address for the per-address limits (views, sign-in): the TCP peer, or, when the peer is one of the
 * proxies named in BANTIN_TRUSTED_PROXIES (addresses or CIDR ranges), the nearest address in X-Forwarded-For that
 * is not one of them. Anyone can send the header, so it is believed only from those proxies, and only as far back
 * as the chain of trusted proxies goes: an address a client wrote in it itself is never reached.
 */
@ApplicationScoped
public class ClientAddresses {
    /** An address literal, never a name: resolving names from a header would query DNS for anyone. */
    private static final Pattern LITERAL =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** An address range: {@code prefix} leading bits of {@code network}. */
    record Range(byte[] network, int prefix) {
        static Range parse(String text) {
            String[] parts = text.trim().split("/", 2);
            InetAddress address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException("BANTIN_TRUSTED_PROXIES: '" + text + "' is not an address or range");
            }
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("BANTIN_TRUSTED_PROXIES: '" + text + "' has no such prefix");
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    ClientAddresses(BantinConfig config) {
        this.trusted = config.trustedProxies().orElse(List.of()).stream()
                .filter(s -> !s.isBlank())
                .map(Range::parse)
                .toList();
    }

    public String of(HttpServerRequest request) {
        SocketAddress peer = request == null ? null : request.remoteAddress();
        if (peer == null) {
            return null;
        }
        return trusted.isEmpty()
                ? peer.hostAddress()
                : resolve(peer.hostAddress(), request.getHeader("X-Forwarded-For"), trusted);
    }

    /** Walks X-Forwarded-For from the right while the address in hand is a trusted proxy. */
    static String resolve(String peer, String forwardedFor, List<Range> trusted) {
        String client = peer;
        List<String> hops = new ArrayList<>();
        if (forwardedFor != null) {
            for (String hop : forwardedFor.split(",")) {
                hops.add(hop.trim());
            }
        }
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client, trusted); i--) {
            String hop = withoutPort(hops.get(i));
            if (literal(hop) == null) {
                break; // a name or garbage: the proxy before it is as far as anything is known
            }
            client = hop;
        }
        return client;
    }

    private static boolean isTrusted(String address, List<Range> trusted) {
        InetAddress parsed = literal(address);
        return parsed != null && trusted.stream().anyMatch(range -> range.contains(parsed));
    }

    /** "203.0.113.7:4711" and "[2001:db8::1]:4711" as proxies may write them. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static InetAddress literal(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 45
                || !LITERAL.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
