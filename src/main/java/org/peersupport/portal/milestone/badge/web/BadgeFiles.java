package org.peersupport.portal.milestone.badge.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.peersupport.portal.milestone.badge.BadgeAddresses;
import org.peersupport.portal.milestone.badge.BadgeIssuer;
import org.peersupport.portal.milestone.badge.CredentialStanding;
import org.peersupport.portal.milestone.badge.CredentialStatuses;
import org.peersupport.portal.milestone.badge.OpenBadgeCredentials;

/**
 * The Open Badges documents a verifier fetches, public and without sign-in (nothing in web.xml guards
 * /badges): the issuer's Profile, its JWK Set (also at /.well-known/jwks.json, where 1EdTech's
 * key-provenance practice looks), each key at its {@code kid}, and each credential's revocation list.
 * Everything answers JSON, a 404 too, and any site may read it (CORS), as verifiers run in browsers.
 */
@WebServlet(urlPatterns = {BadgeAddresses.ROOT + "/*", BadgeAddresses.WELL_KNOWN_KEY_SET})
public class BadgeFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final String JSON = "application/json";

    @Inject
    private OpenBadgeCredentials credentials;

    @Inject
    private Instance<CredentialStatuses> statuses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BadgeIssuer issuer = credentials.issuer();
        String path = BadgeAddresses.WELL_KNOWN_KEY_SET.equals(request.getServletPath())
                ? BadgeAddresses.KEY_SET
                : Optional.ofNullable(request.getPathInfo()).orElse("");
        if (path.equals(BadgeAddresses.ISSUER)) {
            sendIssuerDocument(response, issuer, issuer.profile(), JSON);
        } else if (path.equals(BadgeAddresses.KEY_SET)) {
            sendIssuerDocument(response, issuer, issuer.keySet(), "application/jwk-set+json");
        } else if (path.startsWith(BadgeAddresses.KEY_PREFIX)) {
            sendIssuerDocument(response, issuer, issuer.publicKey(path.substring(BadgeAddresses.KEY_PREFIX.length())),
                    "application/jwk+json");
        } else if (path.startsWith(BadgeAddresses.STATUS_PREFIX)) {
            Optional<JsonObject> list = credentialId(path.substring(BadgeAddresses.STATUS_PREFIX.length()))
                    .flatMap(id -> standingOf(id).map(standing -> issuer.revocationList(id, standing)));
            if (list.isPresent()) {
                send(response, HttpServletResponse.SC_OK, list.get(), JSON);
            } else {
                notFound(response, "No credential with this id");
            }
        } else {
            notFound(response, "Not found");
        }
    }

    private static void sendIssuerDocument(HttpServletResponse response, BadgeIssuer issuer, Optional<JsonObject> document,
            String contentType) throws IOException {
        if (document.isPresent()) {
            send(response, HttpServletResponse.SC_OK, document.get(), contentType);
        } else {
            notFound(response, issuer.signs() ? "No such key" : "Open Badges are not available on this portal");
        }
    }

    private Optional<CredentialStanding> standingOf(UUID credentialId) {
        // Until the milestones implement the port, no credential is known here.
        return statuses.isUnsatisfied() ? Optional.empty() : statuses.get().standingOf(credentialId);
    }

    /** Only a UUID as the portal writes it (canonical, lower case): anything else names no credential. */
    private static Optional<UUID> credentialId(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text.toLowerCase(Locale.ROOT)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A plain JSON answer, not the HTML error page, so a verifier can read why. */
    private static void notFound(HttpServletResponse response, String message) throws IOException {
        int status = HttpServletResponse.SC_NOT_FOUND;
        send(response, status, Json.createObjectBuilder().add("status", status).add("error", message).build(), JSON);
    }

    private static void send(HttpServletResponse response, int status, JsonObject document, String contentType) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Access-Control-Allow-Origin", "*");
        byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
