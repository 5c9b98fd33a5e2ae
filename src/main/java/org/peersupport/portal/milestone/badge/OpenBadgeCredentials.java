package org.peersupport.portal.milestone.badge;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * Issues milestones as Open Badges 3.0 OpenBadgeCredentials, signed as VC-JWTs with the portal's
 * Ed25519 key, so anyone can verify one with the issuer's published key and without asking us.
 * The issuer is this portal at PORTAL_BASE_URL (never a request's Host), named by
 * {@code portal.organisation-name} as on the certificates.
 */
@ApplicationScoped
public class OpenBadgeCredentials {

    @Inject
    private PortalAddress portal;

    @Inject
    private BadgeSigningKey signingKey;

    /** The same organisation the PDF certificates name. */
    @Inject
    @ConfigProperty(name = "portal.organisation-name", defaultValue = "Peer Support Portal")
    private String issuerName;

    private BadgeIssuer issuer;

    @PostConstruct
    void configure() {
        issuer = new BadgeIssuer(new BadgeAddresses(portal.baseUrl()), issuerName, signingKey.key());
    }

    /** Whether badges can be issued here; without a signing key the portal offers none. */
    public boolean available() {
        return issuer.signs();
    }

    /** A copy of the credential as JSON, not signed (each copy has its own salt for the hashed e-mail). */
    public JsonObject credential(BadgeContent content) {
        return issuer.credential(content);
    }

    /**
     * A copy of the credential as a compact JWS (VC-JWT): what a member downloads, as a {@code .jwt}
     * file or {@code text/plain} (the specification's "Open Badges Document Formats").
     *
     * @throws BadgesUnavailableException when the portal has no signing key
     */
    public String signedCredential(BadgeContent content) {
        return issuer.signedCredential(content);
    }

    /** The issuer, for the documents verifiers fetch. */
    public BadgeIssuer issuer() {
        return issuer;
    }
}
