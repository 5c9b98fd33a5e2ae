package org.peersupport.portal.milestone.badge;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The JSON documents of Open Badges 3.0 as this portal writes them: the OpenBadgeCredential, its
 * VC-JWT payload (the specification's "JSON Web Token Proof Format"), the issuer's Profile, its key
 * set and a credential's 1EdTech revocation list, as the 1EdTech schemas in the test resources require.
 */
final class OpenBadgeJson {

    /** The JSON-LD contexts of Verifiable Credentials 2.0 and Open Badges 3.0.3 (the schema kept in the tests). */
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /** Defines 1EdTechRevocationList and 1EdTechJsonSchemaValidator2019. */
    static final String OB_EXTENSIONS_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
    /** Controlled identifiers (verificationMethod, JsonWebKey): how the issuer's Profile names its key. */
    static final String CID_CONTEXT = "https://www.w3.org/ns/cid/v1";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
    static final String REVOCATION_LIST = "1EdTechRevocationList";

    private OpenBadgeJson() {}

    /**
     * The credential. Its subject's {@code id} is a random URN that names nothing else: the VC-JWT
     * needs a {@code sub}, and the member is identified only by the salted hash of their e-mail.
     */
    static JsonObject credential(BadgeContent content, BadgeAddresses at, String issuerName, RecipientIdentifier recipient,
            UUID subjectId) {
        JsonObject achievement = Json.createObjectBuilder()
                .add("id", at.achievement(content.achievementId()))
                .add("type", array("Achievement"))
                .add("name", content.achievementName())
                .add("description", content.achievementDescription())
                .add("criteria", Json.createObjectBuilder().add("narrative", content.criteriaNarrative()))
                .build();
        JsonObject identifier = Json.createObjectBuilder()
                .add("type", "IdentityObject")
                .add("identityHash", recipient.identityHash())
                .add("identityType", "emailAddress")
                .add("hashed", true)
                .add("salt", recipient.salt())
                .build();
        return Json.createObjectBuilder()
                .add("@context", array(VC_CONTEXT, OB_CONTEXT, OB_EXTENSIONS_CONTEXT))
                .add("id", urn(content.credentialId()))
                .add("type", array("VerifiableCredential", "OpenBadgeCredential"))
                .add("issuer", Json.createObjectBuilder()
                        .add("id", at.issuer())
                        .add("type", array("Profile"))
                        .add("name", issuerName)
                        .add("url", at.home()))
                .add("validFrom", validFrom(content.awardedAt()).toString())
                .add("name", content.achievementName())
                .add("credentialSubject", Json.createObjectBuilder()
                        .add("id", urn(subjectId))
                        .add("type", array("AchievementSubject"))
                        .add("identifier", Json.createArrayBuilder().add(identifier))
                        .add("achievement", achievement))
                .add("credentialSchema", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", SCHEMA)
                        .add("type", "1EdTechJsonSchemaValidator2019")))
                .add("credentialStatus", Json.createObjectBuilder()
                        .add("id", at.status(content.credentialId()))
                        .add("type", REVOCATION_LIST))
                .build();
    }

    /**
     * The JWT payload IS the credential, with the claims "Create the JWT Payload" requires: {@code iss}
     * the issuer's id, {@code jti} the credential's id, {@code sub} its subject's id and {@code nbf} its
     * validFrom.
     */
    static JsonObject jwtPayload(JsonObject credential) {
        return Json.createObjectBuilder(credential)
                .add("iss", credential.getJsonObject("issuer").getString("id"))
                .add("jti", credential.getString("id"))
                .add("sub", credential.getJsonObject("credentialSubject").getString("id"))
                .add("nbf", Instant.parse(credential.getString("validFrom")).getEpochSecond())
                .build();
    }

    /** The issuer's Profile, naming its signing key as its verification (assertion) method. */
    static JsonObject issuerProfile(BadgeAddresses at, String issuerName, JsonObject signingJwk) {
        return Json.createObjectBuilder()
                .add("@context", array(VC_CONTEXT, OB_CONTEXT, CID_CONTEXT))
                .add("id", at.issuer())
                .add("type", array("Profile"))
                .add("name", issuerName)
                .add("url", at.home())
                .add("verificationMethod", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", signingJwk.getString("kid"))
                        .add("type", "JsonWebKey")
                        .add("controller", at.issuer())
                        .add("publicKeyJwk", signingJwk)))
                .add("assertionMethod", array(signingJwk.getString("kid")))
                .build();
    }

    static JsonObject keySet(List<JsonObject> keys) {
        return Json.createObjectBuilder().add("keys", Json.createArrayBuilder(keys)).build();
    }

    /**
     * A 1EdTech revocation list for one credential: it names the credential as revoked, or names
     * none. The revocation's reason is private and never published.
     */
    static JsonObject revocationList(BadgeAddresses at, UUID credentialId, boolean revoked) {
        var revokedCredentials = Json.createArrayBuilder();
        if (revoked) {
            revokedCredentials.add(Json.createObjectBuilder().add("id", urn(credentialId)).add("revoked", true));
        }
        return Json.createObjectBuilder()
                .add("id", at.status(credentialId))
                .add("issuer", at.issuer())
                .add("revokedCredential", revokedCredentials)
                .build();
    }

    /** Whole seconds: the JWT's {@code nbf} must equal validFrom exactly. */
    static Instant validFrom(Instant awardedAt) {
        return awardedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static JsonArray array(String... values) {
        return Json.createArrayBuilder(List.of(values)).build();
    }
}
