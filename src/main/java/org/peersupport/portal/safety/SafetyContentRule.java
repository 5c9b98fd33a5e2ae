package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peersupport.portal.moderation.ContentRule;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.CrisisSignal;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.PostCandidate;
import org.peersupport.portal.moderation.Verdict;

/**
 * Watched words and crisis language in the moderation check: crisis language escalates (the post
 * is held and queued first), watched words block or hold as their policy file says. Flags and
 * flagged posts are published and queued for a look; replacements rewrite the text before the
 * check.
 */
@ApplicationScoped
public class SafetyContentRule implements ContentRule {

    private static final Logger LOG = Logger.getLogger(SafetyContentRule.class.getName());

    @Inject
    @ConfigProperty(name = "portal.policy.dir")
    private Optional<String> policyDir;

    /** The queue's reason for a post that a watched word flagged. */
    public static final String FLAG_REASON = "moderation.reason.watchedFlag";

    private volatile SafetyScreen screen;

    @PostConstruct
    void load() {
        Optional<String> dir = policyDir.filter(d -> !d.isBlank());
        try {
            screen = dir.isPresent() ? SafetyPolicyFiles.fromDirectory(Path.of(dir.get())) : SafetyPolicyFiles.fromClassPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the safety policy files in " + dir.get(), e);
        }
    }

    /** Reads the files while the application starts, so a broken one stops the deployment at once. */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.info(() -> "Safety policy files read from " + policyDir.filter(d -> !d.isBlank()).orElse("the WAR"));
    }

    @Override
    public Verdict judge(PostCandidate candidate) {
        Screening screening = screen.screen(candidate.text());
        return switch (screening.decision()) {
            case ESCALATE -> Verdict.escalate(ModerationService.CRISIS_REASON, new CrisisSignal(
                    CrisisSeverity.valueOf(screening.reason().rule().severity().name()),
                    screening.reason().rule().describe(), candidate.text()));
            case BLOCK -> Verdict.block("safety.refused.watched");
            case HOLD -> Verdict.hold("moderation.reason.watched");
            default -> screening.flagged() ? Verdict.publishFlagged(FLAG_REASON) : Verdict.publish();
        };
    }

    @Override
    public String rewrite(String text) {
        return text == null || text.isEmpty() ? text : screen.screen(text).text();
    }
}
