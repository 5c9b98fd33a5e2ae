package org.peersupport.portal.milestone.badge;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The badge signing key, read once from the PKCS#8 PEM file that {@code portal.badges.signing-key-file}
 * (PORTAL_BADGES_SIGNING_KEY_FILE) names. Never from the repository or the WAR, and never made up: without
 * a readable Ed25519 key the portal issues no badges and says so, and everything else runs as before.
 */
@ApplicationScoped
public class BadgeSigningKey {

    private static final Logger LOG = Logger.getLogger(BadgeSigningKey.class.getName());

    @Inject
    @ConfigProperty(name = "portal.badges.signing-key-file")
    private Optional<String> keyFile;

    private Optional<SigningKey> key = Optional.empty();

    @PostConstruct
    void read() {
        Optional<Path> file = keyFile.filter(name -> !name.isBlank()).map(Path::of);
        if (file.isEmpty()) {
            LOG.info("Open Badges are not available on this portal: portal.badges.signing-key-file "
                    + "(PORTAL_BADGES_SIGNING_KEY_FILE) names no Ed25519 key");
            return;
        }
        try {
            key = Optional.of(SigningKey.fromPem(Files.readString(file.get(), StandardCharsets.US_ASCII)));
            LOG.info(() -> "Open Badges are signed with the Ed25519 key in " + file.get() + " (thumbprint "
                    + key.get().thumbprint() + ")");
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            LOG.severe(() -> "Open Badges are not available on this portal: the signing key in " + file.get()
                    + " could not be read as an Ed25519 PKCS#8 PEM private key (" + e + ")");
        }
    }

    /** Observing the start makes the container create this bean, so the key's log line (or its problem) shows at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine("Badge signing key checked at start-up");
    }

    public Optional<SigningKey> key() {
        return key;
    }
}
