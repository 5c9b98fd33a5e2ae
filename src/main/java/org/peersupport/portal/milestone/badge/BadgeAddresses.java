package org.peersupport.portal.milestone.badge;

import java.util.UUID;

/**
 * The public, stable addresses of the portal's Open Badges documents. Credentials carry them, so
 * they must never change: a verifier may follow them years after a badge was issued.
 */
public record BadgeAddresses(String baseUrl) {

    /** Where the issuer's documents live, below the base URL. */
    public static final String ROOT = "/badges";
    public static final String ISSUER = "/issuer";
    public static final String KEY_SET = "/issuer/jwks.json";
    public static final String KEY_PREFIX = "/issuer/keys/";
    public static final String STATUS_PREFIX = "/status/";
    /** Where verifiers following 1EdTech's key-provenance practice look for an issuer's keys. */
    public static final String WELL_KNOWN_KEY_SET = "/.well-known/jwks.json";

    public BadgeAddresses {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The issuer's id, which answers with its Profile. */
    public String issuer() {
        return baseUrl + ROOT + ISSUER;
    }

    public String keySet() {
        return baseUrl + ROOT + KEY_SET;
    }

    /** A signing key's id (the JWS header's {@code kid}), which answers with that one public key. */
    public String key(String thumbprint) {
        return baseUrl + ROOT + KEY_PREFIX + thumbprint;
    }

    /** The credential's 1EdTech revocation list. */
    public String status(UUID credentialId) {
        return baseUrl + ROOT + STATUS_PREFIX + credentialId;
    }

    public String achievement(long achievementId) {
        return baseUrl + ROOT + "/achievements/" + achievementId;
    }

    /** The portal's home page: the issuer's {@code url}. */
    public String home() {
        return baseUrl + "/";
    }
}
