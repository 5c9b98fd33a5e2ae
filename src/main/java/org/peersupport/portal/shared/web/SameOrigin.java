package org.peersupport.portal.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request that is not a Faces form (whose view state already guards it)
 * came from one of the portal's own pages. Browsers send Origin with every POST; without one, the
 * Referer stands in (our Referrer-Policy keeps it for the site's own pages). The whole origin is
 * compared: scheme, host and port. "null" (a sandboxed frame, a data: page), another port of the
 * same host and no header at all are foreign.
 */
public final class SameOrigin {

    private SameOrigin() {}

    /** The request's own origin, or the portal's configured address (behind a proxy that ends TLS). */
    public static boolean isSameOrigin(HttpServletRequest request, PortalAddress portal) {
        String own = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return isSameOrigin(request.getHeader("Origin"), request.getHeader("Referer"), own, portal.baseUrl());
    }

    static boolean isSameOrigin(String originHeader, String refererHeader, String... ourAddresses) {
        String claimed = originHeader != null ? originHeader : refererHeader;
        Optional<String> origin = originOf(claimed);
        if (origin.isEmpty()) {
            return false;
        }
        for (String address : ourAddresses) {
            if (origin.equals(originOf(address))) {
                return true;
            }
        }
        return false;
    }

    /** "scheme://host:port" with the default port filled in, or empty for anything but an http(s) URL. */
    static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
