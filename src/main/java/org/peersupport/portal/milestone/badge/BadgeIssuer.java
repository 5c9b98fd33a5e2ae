package org.peersupport.portal.milestone.badge;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The portal as the issuer of Open Badges: its public addresses, its name and (if configured) its
 * Ed25519 signing key. It signs credentials and writes the documents a verifier fetches to check
 * one without asking us anything else.
 */
public final class BadgeIssuer {

    private final BadgeAddresses addresses;
    private final String name;
    private final Optional<SigningKey> key;

    public BadgeIssuer(BadgeAddresses addresses, String name, Optional<SigningKey> key) {
        this.addresses = addresses;
        this.name = name;
        this.key = key;
    }

    public BadgeAddresses addresses() {
        return addresses;
    }

    /** Whether this portal can sign badges (it has a signing key). */
    public boolean signs() {
        return key.isPresent();
    }

    /**
     * A new copy of the credential: same id, date and achievement as every other copy, and a new
     * salt for the recipient's hashed e-mail.
     */
    public JsonObject credential(BadgeContent content) {
        return OpenBadgeJson.credential(content, addresses, name, RecipientIdentifier.forEmail(content.recipientEmail()),
                UUID.randomUUID());
    }

    /**
     * A new copy of the credential signed as a VC-JWT: a compact JWS whose payload is the credential.
     *
     * @throws BadgesUnavailableException when there is no signing key
     */
    public String signedCredential(BadgeContent content) {
        SigningKey signingKey = key.orElseThrow(BadgesUnavailableException::new);
        return signingKey.signCompact(keyId(signingKey), OpenBadgeJson.jwtPayload(credential(content)).toString());
    }

    /** The issuer's Profile, naming its public key; empty when the portal issues no badges. */
    public Optional<JsonObject> profile() {
        return key.map(k -> OpenBadgeJson.issuerProfile(addresses, name, publicJwk(k)));
    }

    /** The issuer's JWK Set; empty when the portal issues no badges. */
    public Optional<JsonObject> keySet() {
        return key.map(k -> OpenBadgeJson.keySet(List.of(publicJwk(k))));
    }

    /** One public key by its thumbprint, the last part of its {@code kid}. */
    public Optional<JsonObject> publicKey(String thumbprint) {
        return key.filter(k -> k.thumbprint().equals(thumbprint)).map(this::publicJwk);
    }

    /** The credential's 1EdTech revocation list. It needs no key: a credential can be revoked after the key is gone. */
    public JsonObject revocationList(UUID credentialId, CredentialStanding standing) {
        return OpenBadgeJson.revocationList(addresses, credentialId, standing == CredentialStanding.REVOKED);
    }

    /** The {@code kid}: an address that answers with the public key. */
    private String keyId(SigningKey signingKey) {
        return addresses.key(signingKey.thumbprint());
    }

    private JsonObject publicJwk(SigningKey signingKey) {
        return signingKey.publicJwk(keyId(signingKey), addresses.issuer());
    }
}
