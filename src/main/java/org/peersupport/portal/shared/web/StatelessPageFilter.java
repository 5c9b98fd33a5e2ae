package org.peersupport.portal.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/**
 * PrimeFaces' CSP mode keeps its nonce in the view map, so every Faces page creates a session,
 * even for a visitor who only reads. On pages without a form (listed here) and on error answers,
 * a session that this very request created for a visitor is ended again, so a crawler cannot fill
 * the heap with sessions. Sessions of signed-in people and of pages with forms are left alone.
 */
@WebFilter(filterName = "StatelessPageFilter", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        initParams = @WebInitParam(name = "paths", value = "/,/index.xhtml,/crisis.xhtml,/bench/baseline.xhtml,/workshops/,/workshops/index.xhtml,/workshops/workshop.xhtml,/verify.xhtml"))
public class StatelessPageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int STATELESS_PAGE_BUFFER = 64 * 1024;

    private Set<String> statelessPaths;

    @Override
    public void init() {
        statelessPaths = Set.of(getInitParameter("paths").split(","));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean hadSession = request.getSession(false) != null;
        if (!hadSession && "GET".equals(request.getMethod()) && statelessPaths.contains(request.getServletPath())) {
            // The session can only be ended unseen while the response is uncommitted: a page longer
            // than the container's 8 KB buffer would already have sent its Set-Cookie header.
            response.setBufferSize(STATELESS_PAGE_BUFFER);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (!hadSession && request.getUserPrincipal() == null && "GET".equals(request.getMethod())
                    && (statelessPaths.contains(request.getServletPath()) || response.getStatus() >= 400)) {
                HttpSession created = request.getSession(false);
                if (created != null) {
                    created.invalidate();
                }
            }
        }
    }
}
