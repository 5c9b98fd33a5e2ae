package org.peersupport.portal.milestone.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.milestone.badge.BadgeVerification.BadgeRejected;
import org.peersupport.portal.testsupport.BadgeKeyFiles;

class BadgeIssuerTest {

    private static final String BASE = "https://portal.example";
    private static final UUID CREDENTIAL = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");
    private static final BadgeContent CONTENT = new BadgeContent(CREDENTIAL, 7, "Eight sessions of CBT skills",
            "Completed the CBT skills programme.", "Attended at least six of the programme's eight sessions.",
            "Member@Example.org", Instant.parse("2024-03-14T18:30:15.250Z"));

    private final SigningKey key = newKey();
    private final BadgeIssuer issuer = new BadgeIssuer(new BadgeAddresses(BASE + "/"), "Peer Support Portal", Optional.of(key));

    @Test
    void theCredentialValidatesAgainstThe1EdTechSchema() {
        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, issuer.credential(CONTENT))).isEmpty();
        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL,
                OpenBadgeJson.jwtPayload(issuer.credential(CONTENT)))).isEmpty();
    }

    @Test
    void theSchemaRefusesACredentialThatLacksWhatItRequires() {
        JsonObject credential = issuer.credential(CONTENT);
        JsonObject withoutIssuer = Json.createObjectBuilder(credential).remove("issuer").build();
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject withoutAchievementCriteria = Json.createObjectBuilder(credential)
                .add("credentialSubject", Json.createObjectBuilder(subject)
                        .add("achievement", Json.createObjectBuilder(subject.getJsonObject("achievement")).remove("criteria")))
                .build();
        JsonObject withALocalDate = Json.createObjectBuilder(credential).add("validFrom", "14/03/2026").build();

        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, withoutIssuer)).isNotEmpty();
        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, withoutAchievementCriteria)).isNotEmpty();
        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, withALocalDate)).isNotEmpty();
    }

    @Test
    void theKeptSchemasNeedNothingFromTheNetwork() {
        for (String schema : new String[] {OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, OpenBadgeSchemas.PROFILE}) {
            Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"]*)\"").matcher(OpenBadgeSchemas.text(schema));
            int count = 0;
            while (refs.find()) {
                assertThat(refs.group(1)).as("a $ref in " + schema).startsWith("#/$defs/");
                count++;
            }
            assertThat(count).as("$refs in " + schema).isPositive();
        }
    }

    @Test
    void theIssuerProfileValidatesAgainstThe1EdTechProfileSchemaAndNamesTheKey() {
        JsonObject profile = issuer.profile().orElseThrow();
        String kid = BASE + "/badges/issuer/keys/" + key.thumbprint();

        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.PROFILE, profile)).isEmpty();
        assertThat(profile.getString("id")).isEqualTo(BASE + "/badges/issuer");
        assertThat(profile.getString("url")).isEqualTo(BASE + "/");
        assertThat(profile.getJsonArray("assertionMethod").getString(0)).isEqualTo(kid);
        JsonObject method = profile.getJsonArray("verificationMethod").getJsonObject(0);
        assertThat(method.getString("id")).isEqualTo(kid);
        assertThat(method.getString("controller")).isEqualTo(BASE + "/badges/issuer");
        assertThat(method.getJsonObject("publicKeyJwk"))
                .isEqualTo(issuer.keySet().orElseThrow().getJsonArray("keys").getJsonObject(0));
    }

    @Test
    void theCredentialSaysWhatWasAwardedByWhomAndWhereItsStatusIs() {
        JsonObject credential = issuer.credential(CONTENT);
        JsonObject subject = credential.getJsonObject("credentialSubject");
        JsonObject achievement = subject.getJsonObject("achievement");

        assertThat(credential.getString("id")).isEqualTo("urn:uuid:" + CREDENTIAL);
        assertThat(credential.getJsonArray("@context").getString(1))
                .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat(credential.getJsonObject("issuer").getString("id")).isEqualTo(BASE + "/badges/issuer");
        assertThat(credential.getJsonObject("issuer").getString("name")).isEqualTo("Peer Support Portal");
        assertThat(credential.getString("validFrom")).isEqualTo("2024-03-14T18:30:15Z");
        assertThat(achievement.getString("id")).isEqualTo(BASE + "/badges/achievements/7");
        assertThat(achievement.getString("name")).isEqualTo("Eight sessions of CBT skills");
        assertThat(achievement.getJsonObject("criteria").getString("narrative"))
                .isEqualTo("Attended at least six of the programme's eight sessions.");
        assertThat(credential.getJsonObject("credentialStatus").getString("id")).isEqualTo(BASE + "/badges/status/" + CREDENTIAL);
        assertThat(credential.getJsonObject("credentialStatus").getString("type")).isEqualTo("1EdTechRevocationList");
        assertThat(subject.getString("id")).startsWith("urn:uuid:").isNotEqualTo(credential.getString("id"));
        assertThat(credential.toString()).doesNotContainIgnoringCase("member@example.org");
    }

    @Test
    void theIdentityHashIsTheSha256OfTheAddressAndTheSaltTheCredentialCarries() throws Exception {
        JsonObject first = identifierOf(issuer.credential(CONTENT));
        JsonObject second = identifierOf(issuer.credential(CONTENT));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("member@example.org" + first.getString("salt")).getBytes(StandardCharsets.UTF_8)));
        assertThat(first.getString("identityHash")).isEqualTo("sha256$" + expected);
        assertThat(first.getString("identityType")).isEqualTo("emailAddress");
        assertThat(first.getBoolean("hashed")).isTrue();
        assertThat(second.getString("salt")).isNotEqualTo(first.getString("salt"));
        assertThat(second.getString("identityHash")).isNotEqualTo(first.getString("identityHash"));
    }

    @Test
    void aSignedCredentialVerifiesWithNothingButThePublishedKeySet() throws BadgeRejected {
        String jwt = issuer.signedCredential(CONTENT);
        String publishedKeys = issuer.keySet().orElseThrow().toString();

        JsonObject verified = BadgeVerification.verify(jwt, publishedKeys);

        assertThat(verified.getString("id")).isEqualTo("urn:uuid:" + CREDENTIAL);
        assertThat(verified.getString("iss")).isEqualTo(BASE + "/badges/issuer");
        assertThat(verified.getString("jti")).isEqualTo("urn:uuid:" + CREDENTIAL);
        assertThat(verified.getJsonNumber("nbf").longValue()).isEqualTo(Instant.parse("2024-03-14T18:30:15Z").getEpochSecond());
        assertThat(OpenBadgeSchemas.problems(OpenBadgeSchemas.ACHIEVEMENT_CREDENTIAL, verified)).isEmpty();
    }

    @Test
    void theJoseHeaderHoldsOnlyWhatOpenBadgesAllows() {
        JsonObject header = json(decode(issuer.signedCredential(CONTENT).split("\\.")[0]));

        assertThat(header.keySet()).containsExactlyInAnyOrder("alg", "kid", "typ");
        assertThat(header.getString("alg")).isEqualTo("EdDSA");
        assertThat(header.getString("typ")).isEqualTo("JWT");
        assertThat(header.getString("kid")).isEqualTo(BASE + "/badges/issuer/keys/" + key.thumbprint());
        assertThat(issuer.publicKey(key.thumbprint())).isPresent();
        assertThat(issuer.publicKey("not-" + key.thumbprint())).isEmpty();
    }

    @Test
    void changingOneByteOfThePayloadFailsVerification() throws BadgeRejected {
        String[] parts = issuer.signedCredential(CONTENT).split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        String text = new String(payload, StandardCharsets.UTF_8);
        int at = text.indexOf("Eight sessions");
        payload[at] = (byte) 'N'; // "Night sessions": one byte
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        String publishedKeys = issuer.keySet().orElseThrow().toString();

        assertThat(BadgeVerification.verify(String.join(".", parts), publishedKeys)).isNotNull();
        assertThatThrownBy(() -> BadgeVerification.verify(tampered, publishedKeys)).isInstanceOf(BadgeRejected.class);
    }

    @Test
    void anotherKeyFailsVerification() {
        SigningKey otherKey = newKey();
        BadgeIssuer impostor = new BadgeIssuer(new BadgeAddresses(BASE), "Peer Support Portal", Optional.of(otherKey));
        String publishedKeys = issuer.keySet().orElseThrow().toString();
        // The impostor's key published under our key's id, so only the signature can tell them apart.
        String impostorKeysWithOurKid = impostor.keySet().orElseThrow().toString().replace(otherKey.thumbprint(), key.thumbprint());

        assertThatThrownBy(() -> BadgeVerification.verify(impostor.signedCredential(CONTENT), publishedKeys))
                .isInstanceOf(BadgeRejected.class);
        assertThatThrownBy(() -> BadgeVerification.verify(issuer.signedCredential(CONTENT), impostorKeysWithOurKid))
                .isInstanceOf(BadgeRejected.class);
    }

    @Test
    void withoutASigningKeyNoBadgeIsIssuedAndNoKeyIsPublished() {
        BadgeIssuer keyless = new BadgeIssuer(new BadgeAddresses(BASE), "Peer Support Portal", Optional.empty());

        assertThat(keyless.signs()).isFalse();
        assertThatThrownBy(() -> keyless.signedCredential(CONTENT)).isInstanceOf(BadgesUnavailableException.class)
                .extracting(e -> ((BadgesUnavailableException) e).getReasonKey()).isEqualTo("milestone.badge.unavailable");
        assertThat(keyless.profile()).isEmpty();
        assertThat(keyless.keySet()).isEmpty();
        assertThat(keyless.revocationList(CREDENTIAL, CredentialStanding.REVOKED).getJsonArray("revokedCredential")).hasSize(1);
    }

    @Test
    void theRevocationListNamesTheCredentialOnlyOnceItIsRevoked() {
        JsonObject standing = issuer.revocationList(CREDENTIAL, CredentialStanding.ACTIVE);
        JsonObject revoked = issuer.revocationList(CREDENTIAL, CredentialStanding.REVOKED);

        assertThat(standing.getString("id")).isEqualTo(BASE + "/badges/status/" + CREDENTIAL);
        assertThat(standing.getString("issuer")).isEqualTo(BASE + "/badges/issuer");
        assertThat(standing.getJsonArray("revokedCredential")).isEmpty();
        JsonObject entry = revoked.getJsonArray("revokedCredential").getJsonObject(0);
        assertThat(entry.getString("id")).isEqualTo("urn:uuid:" + CREDENTIAL);
        assertThat(entry.getBoolean("revoked")).isTrue();
        assertThat(entry.keySet()).containsExactlyInAnyOrder("id", "revoked");
    }

    private static JsonObject identifierOf(JsonObject credential) {
        return credential.getJsonObject("credentialSubject").getJsonArray("identifier").getJsonObject(0);
    }

    private static SigningKey newKey() {
        try {
            return SigningKey.fromPem(BadgeKeyFiles.newPem());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String base64url) {
        return new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
