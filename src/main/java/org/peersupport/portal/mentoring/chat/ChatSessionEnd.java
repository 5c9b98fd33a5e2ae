package org.peersupport.portal.mentoring.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Signing out (or a session timing out) closes the chat sockets opened in that session. */
@WebListener
public class ChatSessionEnd implements HttpSessionListener {

    @Inject
    private ChatSockets sockets;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sockets.closeHttpSession(event.getSession().getId());
    }
}
