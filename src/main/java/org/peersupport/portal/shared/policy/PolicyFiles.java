package org.peersupport.portal.shared.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.shared.policy.PolicyRegistry.FileStatus;

/**
 * The policy files of every {@link ReloadablePolicy} bean: read from {@code portal.policy.dir}
 * (PORTAL_POLICY_DIR) when set, otherwise from the reviewed copies packaged in the WAR. A broken file
 * stops the start-up; on an admin's reload it is refused with its name and line, and every rule
 * already in force stays in force.
 */
@ApplicationScoped
public class PolicyFiles {

    private static final Logger LOG = Logger.getLogger(PolicyFiles.class.getName());

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    @Inject
    @Any
    private Instance<ReloadablePolicy> policies;

    @Inject
    private Event<PolicyReloadAttempted> reloadAttempted;

    @Inject
    private Clock clock;

    private final PolicyRegistry registry = new PolicyRegistry();

    /** Where the files are read from. */
    public PolicySource source() {
        return PolicySource.configured(policyDir);
    }

    /** A policy's first read, from its {@code @PostConstruct}: a broken file stops the start-up. */
    public void loadAtStartUp(ReloadablePolicy policy) {
        try {
            registry.load(policy, source(), clock.instant());
        } catch (PolicyFileException e) {
            LOG.severe(() -> "Policy file refused; the portal does not start without the rules it should hold. "
                    + e.getMessage());
            throw e;
        }
    }

    /** Makes every policy read its files while the application starts, so a broken one stops the deployment at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        holders();
        LOG.info(() -> "Policy files read from " + where() + ": " + inForce().stream()
                .map(s -> s.file() + " " + s.fingerprint()).collect(Collectors.joining(", ")));
    }

    /**
     * Reads every policy file again, all or nothing, and audits the attempt. A refused file leaves
     * every rule as it was; the outcome names each refused file with its line and reason.
     */
    @Transactional
    public ReloadOutcome reload(long adminId) {
        ReloadOutcome outcome = registry.reload(holders(), source(), clock.instant(),
                attempt -> reloadAttempted.fire(new PolicyReloadAttempted(adminId, attempt)));
        LOG.log(outcome.applied() ? Level.INFO : Level.WARNING,
                () -> "Reload of the policy files in " + where() + " by account " + adminId + ": " + outcome.describe());
        return outcome;
    }

    /** The files in force, by name: when each was read, its fingerprint, what it holds. */
    public List<FileStatus> inForce() {
        return registry.inForce();
    }

    private String where() {
        return source().folder().map(Object::toString).orElse("the application");
    }

    /** Every policy bean, made (and so read once) before a reload locks the registry. */
    private List<ReloadablePolicy> holders() {
        List<ReloadablePolicy> all = policies.stream().toList();
        all.forEach(ReloadablePolicy::files);
        return all;
    }
}
