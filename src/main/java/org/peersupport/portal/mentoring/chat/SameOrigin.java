package org.peersupport.portal.mentoring.chat;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a WebSocket handshake comes from a page of this very site: its Origin names the same
 * host and port as the Host it was sent to. Browsers always send Origin on a WebSocket handshake
 * and the session cookie goes along from any site, so this is what stops another site's page from
 * opening a member's chat.
 */
final class SameOrigin {

    private SameOrigin() {}

    static boolean matches(String origin, String host) {
        if (origin == null || host == null || origin.isBlank() || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return false;
            }
            int defaultPort = "https".equals(uri.getScheme()) ? 443 : 80;
            return authority(uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort())
                    .equals(authority(hostName(host), portOf(host, defaultPort)));
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static String authority(String host, int port) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String hostName(String host) {
        String h = host.strip();
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    private static int portOf(String host, int defaultPort) {
        String h = host.strip();
        int colon = h.lastIndexOf(':');
        if (colon <= h.lastIndexOf(']')) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(h.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
