package org.peersupport.portal.mentoring.chat;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * Hands the signed-in account and its HTTP session to the socket (WebSocket 2.1 copies these
 * properties per connection). Without a principal, a session or the same origin nothing is handed
 * over, and {@link ChatSocket} closes the connection at once.
 */
public class ChatSocketConfigurator extends ServerEndpointConfig.Configurator {

    static final String ACCOUNT = "portal.chat.account";
    static final String HTTP_SESSION = "portal.chat.httpSession";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, Object> properties = config.getUserProperties();
        properties.remove(ACCOUNT);
        properties.remove(HTTP_SESSION);
        Principal principal = request.getUserPrincipal();
        Object session = request.getHttpSession();
        if (principal != null && session instanceof HttpSession http
                && SameOrigin.matches(header(request, "Origin"), header(request, "Host"))) {
            properties.put(ACCOUNT, Long.valueOf(principal.getName()));
            properties.put(HTTP_SESSION, http.getId());
        }
    }

    private static String header(HandshakeRequest request, String name) {
        for (Map.Entry<String, List<String>> header : request.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }
}
