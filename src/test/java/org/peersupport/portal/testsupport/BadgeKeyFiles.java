package org.peersupport.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Badge signing keys for the servers the tests and the run command start: an Ed25519 private key
 * as a PKCS#8 PEM file, as {@code openssl genpkey -algorithm ed25519} writes it. Made under target/
 * (or ./data) when absent, never kept in the repository.
 */
public final class BadgeKeyFiles {

    private BadgeKeyFiles() {}

    /** The key file at this path, made first if there is none; its absolute path. */
    public static Path ensure(Path file) {
        Path target = file.toAbsolutePath();
        if (Files.isRegularFile(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path written = Files.createTempFile(target.getParent(), "badge-key", ".pem");
            Files.writeString(written, newPem(), StandardCharsets.US_ASCII);
            try {
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a badge signing key to " + target, e);
        }
    }

    /** A new Ed25519 private key as PKCS#8 PEM. */
    public static String newPem() {
        try {
            byte[] pkcs8 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded();
            return pem("PRIVATE KEY", pkcs8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    /** DER bytes as a PEM block of this label. */
    public static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
