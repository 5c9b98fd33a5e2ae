package org.peersupport.portal.milestone.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.milestone.badge.BadgeVerification.BadgeRejected;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.LoopbackHttp;

/**
 * The running portal signs a badge with the key from its configuration (the test servers make one
 * under target/), and a visitor, with nothing but what the portal publishes over HTTP, verifies it.
 */
@ExtendWith(ArquillianExtension.class)
class BadgePublicationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(BadgePublicationIT.class, BadgeVerification.class, LoopbackHttp.class);
    }

    @ArquillianResource
    private URL base;

    @Inject
    private OpenBadgeCredentials credentials;

    @Test
    void aCredentialSignedInTheServerVerifiesWithTheKeyItPublishes() throws BadgeRejected {
        BadgeContent content = new BadgeContent(UUID.randomUUID(), 3, "Concluded a mentorship",
                "Took part in a peer mentorship to its end.", "A mentorship ended as agreed by mentor and mentee.",
                "badge-it-" + UUID.randomUUID() + "@example.org", Instant.now().minusSeconds(60));
        LoopbackHttp visitor = new LoopbackHttp(base.toString(), "127.0.0.71");

        assertThat(credentials.available()).isTrue();
        String jwt = credentials.signedCredential(content);
        LoopbackHttp.Response keys = visitor.get("/badges/issuer/jwks.json");

        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.headers().get("content-type")).startsWith("application/jwk-set+json");
        assertThat(keys.headers().get("access-control-allow-origin")).isEqualTo("*");
        assertThat(json(keys.body()).getJsonArray("keys").getJsonObject(0)).doesNotContainKey("d");
        JsonObject verified = BadgeVerification.verify(jwt, keys.body());
        assertThat(verified.getString("id")).isEqualTo("urn:uuid:" + content.credentialId());
        assertThat(verified.getJsonObject("credentialSubject").getJsonObject("achievement").getString("name"))
                .isEqualTo("Concluded a mentorship");

        String kid = json(decode(jwt.split("\\.")[0])).getString("kid");
        LoopbackHttp.Response key = visitor.get(kid.substring(kid.indexOf(BadgeAddresses.ROOT + "/")));
        assertThat(key.status()).isEqualTo(200);
        assertThat(json(key.body())).isEqualTo(json(keys.body()).getJsonArray("keys").getJsonObject(0));
        assertThat(visitor.get(BadgeAddresses.WELL_KNOWN_KEY_SET).body()).isEqualTo(keys.body());

        LoopbackHttp.Response profile = visitor.get("/badges/issuer");
        assertThat(profile.status()).isEqualTo(200);
        JsonObject issuer = json(profile.body());
        assertThat(issuer.getString("id")).isEqualTo(verified.getString("iss"));
        assertThat(issuer.getJsonArray("assertionMethod").getString(0)).isEqualTo(kid);

        String[] parts = jwt.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        payload[new String(payload, StandardCharsets.UTF_8).indexOf("Concluded")] = 'I';
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];
        assertThatThrownBy(() -> BadgeVerification.verify(tampered, keys.body())).isInstanceOf(BadgeRejected.class);
    }

    @Test
    void whatIsNotThereAnswersA404InJsonNeverAnErrorPage() {
        LoopbackHttp visitor = new LoopbackHttp(base.toString(), "127.0.0.72");

        for (String path : new String[] {"/badges/status/" + UUID.randomUUID(), "/badges/status/not-a-credential",
                "/badges/status/" + UUID.randomUUID().toString().toUpperCase(), "/badges/status/", "/badges/issuer/keys/nobody",
                "/badges/achievements/1", "/badges"}) {
            LoopbackHttp.Response answer = visitor.get(path);

            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.headers().get("content-type")).as(path).startsWith("application/json");
            assertThat(json(answer.body()).getInt("status")).as(path).isEqualTo(404);
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
