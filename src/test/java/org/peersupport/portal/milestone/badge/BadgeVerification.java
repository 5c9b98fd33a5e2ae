package org.peersupport.portal.milestone.badge;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * A verifier as Open Badges 3.0 describes one ("Verify a Credential" of the JSON Web Token Proof
 * Format), holding nothing but the issuer's published JWK Set: it checks the VC-JWT's EdDSA signature
 * with the key the header's {@code kid} names, then that {@code iss}, {@code jti}, {@code sub} and
 * {@code nbf} match the credential in the payload.
 */
final class BadgeVerification {

    private BadgeVerification() {}

    /** The verified credential (the JWT's payload). */
    static JsonObject verify(String compactJws, String jwkSetJson) throws BadgeRejected {
        JwtConsumer consumer;
        try {
            consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwkSetJson).getJsonWebKeys()))
                    .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA))
                    .setRequireNotBefore()
                    .setRequireSubject()
                    .setRequireJwtId()
                    .setSkipDefaultAudienceValidation()
                    .build();
        } catch (JoseException e) {
            throw new BadgeRejected("not a JWK Set: " + e.getMessage());
        }
        String payload;
        try {
            payload = consumer.processToClaims(compactJws).getRawJson();
        } catch (InvalidJwtException e) {
            throw new BadgeRejected(e.getMessage());
        }
        JsonObject credential;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            credential = reader.readObject();
        }
        require(credential.getString("iss").equals(credential.getJsonObject("issuer").getString("id")), "iss is not issuer.id");
        require(credential.getString("jti").equals(credential.getString("id")), "jti is not the credential's id");
        require(credential.getString("sub").equals(credential.getJsonObject("credentialSubject").getString("id")),
                "sub is not credentialSubject.id");
        long validFrom = Instant.parse(credential.getString("validFrom")).getEpochSecond();
        require(credential.getJsonNumber("nbf").longValueExact() == validFrom, "nbf is not validFrom");
        return credential;
    }

    private static void require(boolean condition, String problem) throws BadgeRejected {
        if (!condition) {
            throw new BadgeRejected(problem);
        }
    }

    /** The credential did not verify, and why. */
    static final class BadgeRejected extends Exception {

        private static final long serialVersionUID = 1L;

        BadgeRejected(String why) {
            super(why);
        }
    }
}
