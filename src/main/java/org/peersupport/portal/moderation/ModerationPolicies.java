package org.peersupport.portal.moderation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.shared.policy.PolicyFiles;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy;

/**
 * The trust levels of {@code trust-levels.yaml} in force. Read like every policy file through
 * {@link PolicyFiles}: a broken file stops the start-up, and an admin's reload changes the policy
 * only when every file reads without a mistake.
 */
@ApplicationScoped
public class ModerationPolicies implements ReloadablePolicy {

    static final String TRUST_LEVELS = "trust-levels.yaml";

    @Inject
    private PolicyFiles policyFiles;

    private volatile TrustPolicy trust;

    @PostConstruct
    void load() {
        policyFiles.loadAtStartUp(this);
    }

    @Override
    public List<String> files() {
        return List.of(TRUST_LEVELS);
    }

    @Override
    public Prepared prepare(PolicySource source) {
        TrustPolicy next = TrustPolicy.read(source.document(TRUST_LEVELS));
        return Prepared.of(() -> trust = next, Map.of(TRUST_LEVELS, List.of(
                new Figure("policies.holds.heldPosts", next.heldPosts()),
                new Figure("policies.holds.levels", next.levelsAboveNewMembers()),
                new Figure("policies.holds.hideAtWeight", next.hideAtWeight()))));
    }

    public TrustPolicy trust() {
        return trust;
    }
}
