package vn.bantin.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose address a request is, behind trusted proxies and in front of untrusted ones. */
class ClientAddressesTest {
    private static final List<ClientAddresses.Range> PROXIES = List.of(
            ClientAddresses.Range.parse("10.0.0.0/8"),
            ClientAddresses.Range.parse("127.0.0.1"),
            ClientAddresses.Range.parse("2001:db8::/32"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItWrites() {
        assertEquals("198.51.100.4", ClientAddresses.resolve("198.51.100.4", "203.0.113.7", PROXIES));
        assertEquals("198.51.100.4", ClientAddresses.resolve("198.51.100.4", null, PROXIES));
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "203.0.113.7", PROXIES));
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "203.0.113.7, 10.1.2.3", PROXIES));
        // What the client wrote itself stays to the left of what the first proxy saw: never reached.
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "1.2.3.4, 203.0.113.7", PROXIES));
        assertEquals("203.0.113.7", ClientAddresses.resolve("127.0.0.1", "203.0.113.7:51234", PROXIES));
        assertEquals("2001:db9::5", ClientAddresses.resolve("2001:db8::1", "[2001:db9::5]:443", PROXIES));
    }

    @Test
    void garbageOrNamesInTheHeaderStopTheWalk() {
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", "evil.example.org", PROXIES));
        assertEquals("10.1.2.3", ClientAddresses.resolve("127.0.0.1", "<script>, 10.1.2.3", PROXIES));
        assertEquals("127.0.0.1", ClientAddresses.resolve("127.0.0.1", "", PROXIES));
    }

    @Test
    void aMistakeInTheConfigurationStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.Range.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.Range.parse("10.0.0.0/33"));
    }
}
