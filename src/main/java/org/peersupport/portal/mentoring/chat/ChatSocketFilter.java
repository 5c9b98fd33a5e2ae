package org.peersupport.portal.mentoring.chat;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.peersupport.portal.mentoring.ChatService;

/**
 * Answers a chat socket handshake over plain HTTP before any upgrade: 403 when the page that opens
 * it is on another site, 404 when the signed-in member does not take part in that mentorship (as
 * for the chat page itself). Payara's WebSocket support (Tyrus) upgrades in a filter registered
 * after the application's own, so this one runs first. Visitors never get here: /mentoring/* needs
 * a sign-in (web.xml). {@link ChatSocketConfigurator} checks again at the upgrade itself.
 */
@WebFilter(filterName = "ChatSocketFilter", urlPatterns = ChatSocket.PATH_PREFIX + "*")
public class ChatSocketFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ChatService chat;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!SameOrigin.matches(request.getHeader("Origin"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Long mentorshipId = ChatSocket.mentorshipIdIn(request.getRequestURI().substring(request.getContextPath().length()));
        if (mentorshipId == null || !chat.takesPart(Long.parseLong(principal.getName()), mentorshipId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
