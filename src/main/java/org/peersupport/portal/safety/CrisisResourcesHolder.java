package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.peersupport.portal.shared.policy.PolicyFiles;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy;

/**
 * The crisis resources in use. Read at start-up from {@code portal.policy.dir} (PORTAL_POLICY_DIR)
 * or the copy packaged in the WAR; a broken file stops the deployment. An admin's reload
 * ({@link PolicyFiles}) swaps in a freshly read catalogue at once: a page reads {@link #current()} once and sees either the old
 * catalogue or the new one, never half of each.
 */
@ApplicationScoped
public class CrisisResourcesHolder implements ReloadablePolicy {

    @Inject
    private PolicyFiles policyFiles;

    private volatile CrisisResources current;

    @PostConstruct
    void load() {
        policyFiles.loadAtStartUp(this);
    }

    @Override
    public List<String> files() {
        return List.of(CrisisResourcesFile.NAME);
    }

    @Override
    public Prepared prepare(PolicySource source) {
        CrisisResources next = CrisisResourcesFile.read(CrisisResourcesFile.NAME, source.read(CrisisResourcesFile.NAME));
        return Prepared.of(() -> current = next);
    }

    public CrisisResources current() {
        return current;
    }

    /** Puts a catalogue in use at once (tests; admins reload through {@link PolicyFiles}). */
    public void replace(CrisisResources fresh) {
        current = Objects.requireNonNull(fresh, "crisis resources");
    }
}
