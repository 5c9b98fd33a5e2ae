package org.peersupport.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The Faces pages of one session take turns. Faces keeps a session's view-scoped beans for its
 * newest views only (com.sun.faces.numberOfActiveViewMaps, 25), and every new view destroys the
 * beans of the oldest one, even while another request of the same session is still rendering it:
 * that request then meets fresh, unloaded beans half-way through its page (a cohort page failed
 * in {@code homeworkOf(r).get()} under 16 parallel requests of one member). One request at a time
 * per session removes that race and every other between a session's own requests; people in a
 * browser hardly ever notice, since a page's Ajax requests already queue one after another.
 * Resources, the chat socket and calendar files do not take part.
 */
@WebFilter(filterName = "SessionTurnFilter", urlPatterns = "*.xhtml")
public class SessionTurnFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionTurnFilter.class.getName());

    /** Longer than any page should take; after it the request goes ahead rather than hang. */
    static final long MAX_WAIT_SECONDS = 30;

    private static final ConcurrentMap<String, ReentrantLock> TURNS = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getServletPath().startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock turn = TURNS.computeIfAbsent(session.getId(), id -> new ReentrantLock(true));
        boolean mine = false;
        try {
            mine = turn.tryLock(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!mine) {
                LOG.warning(() -> "A request waited " + MAX_WAIT_SECONDS + " s for its session's turn and goes ahead: "
                        + request.getServletPath());
            }
            chain.doFilter(request, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException(e);
        } finally {
            if (mine) {
                turn.unlock();
            }
        }
    }

    /** Forgets a session's turn when it ends or changes its id (at sign-in). */
    @WebListener
    public static class Forget implements HttpSessionListener, HttpSessionIdListener {

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            TURNS.remove(event.getSession().getId());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            TURNS.remove(oldSessionId);
        }
    }
}
