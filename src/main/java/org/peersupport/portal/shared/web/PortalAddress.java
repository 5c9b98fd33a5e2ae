package org.peersupport.portal.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's public address (PORTAL_BASE_URL), for links that leave the browser: e-mail and
 * calendar feeds. Configured rather than read from the request, so a proxy's Host header can't
 * change where those links point.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** Scheme, host and context path, without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
