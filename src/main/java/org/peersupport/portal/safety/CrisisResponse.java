package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.peersupport.portal.shared.policy.PolicyFiles;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy;

/** Holds the crisis response policy in force (crisis-response.yaml); admins reload it with the other files. */
@ApplicationScoped
public class CrisisResponse implements ReloadablePolicy {

    @Inject
    private PolicyFiles policyFiles;

    private volatile CrisisResponsePolicy policy;

    @PostConstruct
    void load() {
        policyFiles.loadAtStartUp(this);
    }

    @Override
    public List<String> files() {
        return List.of(CrisisResponsePolicy.FILE);
    }

    @Override
    public Prepared prepare(PolicySource source) {
        CrisisResponsePolicy next = CrisisResponsePolicy.read(CrisisResponsePolicy.FILE, source.read(CrisisResponsePolicy.FILE));
        return Prepared.of(() -> policy = next);
    }

    public CrisisResponsePolicy policy() {
        return policy;
    }
}
