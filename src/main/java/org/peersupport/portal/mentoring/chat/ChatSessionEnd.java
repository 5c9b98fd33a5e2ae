package org.peersupport.portal.mentoring.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Signing out (or a session timing out) closes the chat sockets opened in that session. Payara's
 * Tyrus already closes sockets of an invalidated session (1008, as the WebSocket specification
 * asks); this makes it independent of the container and drops them from {@link ChatSockets}.
 */
@WebListener
public class ChatSessionEnd implements HttpSessionListener {

    @Inject
    private ChatSockets sockets;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sockets.closeHttpSession(event.getSession().getId());
    }
}
