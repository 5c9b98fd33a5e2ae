package org.peersupport.portal.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.policy.PolicyDocument;

/**
 * Reads the policy files: from {@code portal.policy.dir} (PORTAL_POLICY_DIR) when set, otherwise
 * the reviewed copies packaged in the WAR. A broken file fails start-up rather than running without
 * the rules it should hold.
 */
@ApplicationScoped
public class ModerationPolicies {

    static final String TRUST_LEVELS = "trust-levels.yaml";
    private static final Logger LOG = Logger.getLogger(ModerationPolicies.class.getName());

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    private volatile TrustPolicy trust;

    @PostConstruct
    void load() {
        trust = TrustPolicy.read(PolicyDocument.parse(TRUST_LEVELS, read(TRUST_LEVELS)));
    }

    /** Reads the files while the application starts, so a broken one stops the deployment at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Moderation policies read from " + policyDir.filter(d -> !d.isBlank()).orElse("the WAR")
                + ": new members' first " + trust.heldPosts() + " posts are held, posts hide at flag weight "
                + trust.hideAtWeight());
    }

    /** Reads the files again (an admin's reload); the old policy stays if a file is broken. */
    public void reload() {
        load();
    }

    public TrustPolicy trust() {
        return trust;
    }

    private byte[] read(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + file, e);
        }
    }

    private InputStream open(String file) throws IOException {
        if (policyDir.isPresent() && !policyDir.get().isBlank()) {
            return Files.newInputStream(Path.of(policyDir.get(), file));
        }
        InputStream packaged = ModerationPolicies.class.getClassLoader().getResourceAsStream("moderation-policies/" + file);
        if (packaged == null) {
            throw new IOException("Packaged policy file missing: " + file);
        }
        return packaged;
    }
}
