package org.peersupport.portal.milestone.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.peersupport.portal.testsupport.BadgeKeyFiles;

class SigningKeyTest {

    /** RFC 8032 §7.1 test 1 and RFC 8037 Appendix A: this private key, its public key and its JWK thumbprint. */
    private static final String RFC_PRIVATE_KEY = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String RFC_PUBLIC_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
    private static final String RFC_THUMBPRINT = "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k";
    /** PKCS#8 PrivateKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final String PKCS8_ED25519_PREFIX = "302e020100300506032b657004220420";

    @Test
    void derivesThePublicKeyAndThumbprintOfTheRfcExampleKey() throws GeneralSecurityException {
        SigningKey key = SigningKey.fromPem(BadgeKeyFiles.pem("PRIVATE KEY",
                HexFormat.of().parseHex(PKCS8_ED25519_PREFIX + RFC_PRIVATE_KEY)));

        JsonObject jwk = key.publicJwk("https://portal.example/badges/issuer/keys/" + key.thumbprint(),
                "https://portal.example/badges/issuer");

        assertThat(key.thumbprint()).isEqualTo(RFC_THUMBPRINT);
        assertThat(jwk.getString("kty")).isEqualTo("OKP");
        assertThat(jwk.getString("crv")).isEqualTo("Ed25519");
        assertThat(jwk.getString("x")).isEqualTo(RFC_PUBLIC_X);
        assertThat(jwk.getString("kid")).isEqualTo("https://portal.example/badges/issuer/keys/" + RFC_THUMBPRINT);
        assertThat(jwk.getString("use")).isEqualTo("sig");
        assertThat(jwk.getString("alg")).isEqualTo("EdDSA");
        assertThat(jwk.getString("iss")).isEqualTo("https://portal.example/badges/issuer");
        assertThat(jwk).doesNotContainKey("d");
    }

    @Test
    void readsAKeyAsTheTestServersAndOpensslWriteIt() throws GeneralSecurityException {
        String pem = BadgeKeyFiles.newPem();

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(SigningKey.fromPem(pem).thumbprint()).matches("[A-Za-z0-9_-]{43}");
        assertThat(SigningKey.fromPem(pem).thumbprint()).isNotEqualTo(SigningKey.fromPem(BadgeKeyFiles.newPem()).thumbprint());
    }

    @Test
    void refusesAKeyOfAnotherKind() throws GeneralSecurityException {
        byte[] ecKey = KeyPairGenerator.getInstance("EC").generateKeyPair().getPrivate().getEncoded();

        assertThatThrownBy(() -> SigningKey.fromPem(BadgeKeyFiles.pem("PRIVATE KEY", ecKey)))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void refusesWhatIsNoPrivateKeyAtAll() {
        assertThatThrownBy(() -> SigningKey.fromPem("ed25519 please")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> SigningKey.fromPem(BadgeKeyFiles.pem("PUBLIC KEY", new byte[] {1, 2, 3})))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
