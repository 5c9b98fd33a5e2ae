package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The crisis resources in use. Read at start-up from {@code portal.policy.dir} (PORTAL_POLICY_DIR)
 * or the copy packaged in the WAR; a broken file stops the deployment. {@link #replace} swaps in a
 * freshly read catalogue at once: a page reads {@link #current()} once and sees either the old
 * catalogue or the new one, never half of each.
 */
@ApplicationScoped
public class CrisisResourcesHolder {

    private static final Logger LOG = Logger.getLogger(CrisisResourcesHolder.class.getName());

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    private volatile CrisisResources current;

    @PostConstruct
    void load() {
        current = CrisisResourcesFile.fromPolicyDirOrWar(policyDir);
    }

    /** Reads the file while the application starts, so a broken one stops the deployment at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> CrisisResourcesFile.NAME + " read from " + policyDir.filter(d -> !d.isBlank()).orElse("the WAR")
                + ": " + current.countries().size() + " countries");
    }

    public CrisisResources current() {
        return current;
    }

    /** Puts a catalogue read with {@link CrisisResourcesFile} in use (the policy files' reload). */
    public void replace(CrisisResources fresh) {
        current = Objects.requireNonNull(fresh, "crisis resources");
        LOG.info(() -> "Crisis resources replaced: " + fresh.countries().size() + " countries");
    }
}
