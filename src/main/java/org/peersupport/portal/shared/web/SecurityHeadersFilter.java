package org.peersupport.portal.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every answer carries: pages, the sign-in page a visitor gets in place of a protected
 * page (a forward), error pages (an error dispatch), files, feeds and resources.
 *
 * <p>The content security policy is the one in web.xml's {@code primefaces.CSP_POLICY}: PrimeFaces
 * adds its per-response script nonce to it on Faces pages, and this filter sends it as it is
 * (scripts from 'self' only) on every other answer, so each answer has exactly one policy.
 *
 * <p>Nothing but static resources may be stored by the browser: after sign-out, Back must fetch
 * the page again (and get the sign-in page) rather than show private text from a cache.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    /** Where Faces serves the theme, scripts and images: the same for everyone, so they may be cached. */
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("web.xml must define primefaces.CSP_POLICY");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!response.isCommitted()) {
            response.setHeader(CSP, policy);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
            if (!request.getServletPath().startsWith(RESOURCES)) {
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Pragma", "no-cache");
                response.setHeader("Expires", "0");
            }
        }
        // A WebSocket handshake is handed to the socket container as it came.
        boolean handshake = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        chain.doFilter(request, handshake ? response : new OnePolicy(response));
    }

    /** PrimeFaces adds its policy (ours plus the nonce): it replaces ours, so the browser enforces one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
