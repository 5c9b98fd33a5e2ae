package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.web.PortalAddress;

/** Who issues certificates and badges (the clinic running the portal), and where they are verified. */
@ApplicationScoped
public class CertificateIssuer {

    public static final String VERIFY_PATH = "/verify.xhtml";

    @Inject
    @ConfigProperty(name = "portal.organisation-name", defaultValue = "Peer Support Portal")
    private String organisationName;

    @Inject
    private PortalAddress portal;

    public String name() {
        return organisationName;
    }

    /** The public page that confirms a certificate; the code in the address, as its QR code carries it. */
    public String verificationUrl(String code) {
        return portal.baseUrl() + VERIFY_PATH + "?code=" + VerificationCode.grouped(code);
    }
}
