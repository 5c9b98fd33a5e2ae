package org.peersupport.portal.milestone.badge;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * The Ed25519 key that signs the portal's credentials, named by its JWK thumbprint (RFC 7638). Only
 * the public half ever leaves this class, as a JWK without {@code d}.
 */
public final class SigningKey {

    private static final Pattern PEM = Pattern.compile("-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final byte[] PROBE = "peer-support-portal signing key check".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final OctetKeyPairJsonWebKey publicJwk;
    private final String thumbprint;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) throws JoseException {
        this.privateKey = privateKey;
        this.publicJwk = (OctetKeyPairJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(publicKey);
        this.thumbprint = publicJwk.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
    }

    /**
     * An Ed25519 private key in a PKCS#8 PEM file, as {@code openssl genpkey -algorithm ed25519} writes it.
     * Such a file holds no public key, so it is derived here and checked by signing and verifying once.
     */
    public static SigningKey fromPem(String pem) throws GeneralSecurityException {
        Matcher block = PEM.matcher(pem);
        if (!block.find()) {
            throw new InvalidKeyException("not a PEM \"PRIVATE KEY\" (PKCS#8) block");
        }
        byte[] der = Base64.getMimeDecoder().decode(block.group(1));
        PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        if (!(privateKey instanceof EdECPrivateKey edKey) || edKey.getBytes().isEmpty()) {
            throw new InvalidKeyException("not an Ed25519 private key");
        }
        PublicKey publicKey = publicKeyOf(edKey.getBytes().get());
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey);
        signer.update(PROBE);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(PROBE);
        if (!verifier.verify(signature)) {
            throw new InvalidKeyException("the public key derived from the private key does not verify its signature");
        }
        try {
            return new SigningKey(privateKey, publicKey);
        } catch (JoseException e) {
            throw new InvalidKeyException("no JWK for the public key", e);
        }
    }

    /**
     * The JDK derives an Ed25519 public key only while generating a pair, from 32 random bytes that
     * are the private key: handing it the private key as those bytes gives the pair it belongs to.
     */
    private static PublicKey publicKeyOf(byte[] privateKeyBytes) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                if (bytes.length != privateKeyBytes.length) {
                    throw new IllegalStateException("Ed25519 key generation asked for " + bytes.length + " bytes");
                }
                System.arraycopy(privateKeyBytes, 0, bytes, 0, bytes.length);
            }
        });
        KeyPair pair = generator.generateKeyPair();
        return pair.getPublic();
    }

    /** The base64url SHA-256 JWK thumbprint, the last part of the key's id. */
    public String thumbprint() {
        return thumbprint;
    }

    /** The public key as a JWK (OKP, Ed25519) with its id, use, algorithm and issuer; never the private part. */
    public JsonObject publicJwk(String keyId, String issuerId) {
        Map<String, Object> params = publicJwk.toParams(OutputControlLevel.PUBLIC_ONLY);
        params.put(HeaderParameterNames.KEY_ID, keyId);
        params.put("use", "sig");
        params.put(HeaderParameterNames.ALGORITHM, AlgorithmIdentifiers.EDDSA);
        // 1EdTech's key-provenance practice: the key names the issuer it belongs to.
        params.put("iss", issuerId);
        params.remove("d");
        return Json.createObjectBuilder(params).build();
    }

    /**
     * A compact JWS of this payload, with only the headers Open Badges 3.0 allows: {@code alg}
     * (EdDSA), {@code kid} and {@code typ} "JWT".
     */
    public String signCompact(String keyId, String payloadJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.EDDSA);
        jws.setKeyIdHeaderValue(keyId);
        jws.setHeader(HeaderParameterNames.TYPE, "JWT");
        jws.setPayload(payloadJson);
        jws.setKey(privateKey);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign with the badge signing key", e);
        }
    }
}
