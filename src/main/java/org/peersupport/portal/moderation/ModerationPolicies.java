package org.peersupport.portal.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the policy files: from {@code portal.policy.dir} (PORTAL_POLICY_DIR) when set, otherwise
 * the reviewed copies packaged in the WAR. A broken file fails start-up rather than running without
 * the rules it should hold.
 */
@ApplicationScoped
public class ModerationPolicies {

    static final String TRUST_LEVELS = "trust-levels.yaml";

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    private volatile TrustPolicy trust;

    @PostConstruct
    void load() {
        trust = new TrustPolicy(read(TRUST_LEVELS));
    }

    /** Reads the files again (an admin's reload); the old policy stays if a file is broken. */
    public void reload() {
        load();
    }

    public TrustPolicy trust() {
        return trust;
    }

    private Map<String, Object> read(String file) {
        try (InputStream in = open(file)) {
            return parse(in);
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(InputStream in) {
        Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException("A policy file must hold a mapping");
        }
        return (Map<String, Object>) document;
    }
}
