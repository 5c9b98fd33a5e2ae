package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Holds the crisis response policy in force (crisis-response.yaml), read at start-up. */
@ApplicationScoped
public class CrisisResponse {

    private static final Logger LOG = Logger.getLogger(CrisisResponse.class.getName());

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    private volatile CrisisResponsePolicy policy;

    @PostConstruct
    void load() {
        Optional<String> dir = policyDir.filter(d -> !d.isBlank());
        try {
            byte[] bytes = dir.isPresent() ? Files.readAllBytes(Path.of(dir.get(), CrisisResponsePolicy.FILE))
                    : SafetyPolicyFiles.packaged(CrisisResponsePolicy.FILE);
            policy = CrisisResponsePolicy.read(CrisisResponsePolicy.FILE, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CrisisResponsePolicy.FILE + " in " + dir.get(), e);
        }
    }

    /** Reads the file while the application starts, so a broken one stops the deployment at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Crisis alerts must be acknowledged within " + policy.acknowledgeWithin());
    }

    public CrisisResponsePolicy policy() {
        return policy;
    }

    /** Puts a freshly read policy in force (an admin's reload). */
    public void replace(CrisisResponsePolicy fresh) {
        policy = fresh;
    }
}
