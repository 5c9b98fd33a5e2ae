package org.peersupport.portal.safety;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.peersupport.portal.moderation.ContentRule;
import org.peersupport.portal.moderation.CrisisSeverity;
import org.peersupport.portal.moderation.CrisisSignal;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.PostCandidate;
import org.peersupport.portal.moderation.Verdict;
import org.peersupport.portal.shared.policy.PolicyFiles;
import org.peersupport.portal.shared.policy.PolicySource;
import org.peersupport.portal.shared.policy.ReloadablePolicy;

/**
 * Watched words and crisis language in the moderation check: crisis language escalates (the post
 * is held and queued first), watched words block or hold as their policy file says. Flags and
 * flagged posts are published and queued for a look; replacements rewrite the text before the
 * check. The two files are read through {@link PolicyFiles}, so an admin's reload swaps the screen
 * only when every policy file reads without a mistake.
 */
@ApplicationScoped
public class SafetyContentRule implements ContentRule, ReloadablePolicy {

    @Inject
    private PolicyFiles policyFiles;

    /** The queue's reason for a post that a watched word flagged. */
    public static final String FLAG_REASON = "moderation.reason.watchedFlag";

    private volatile SafetyScreen screen;

    @PostConstruct
    void load() {
        policyFiles.loadAtStartUp(this);
    }

    @Override
    public List<String> files() {
        return List.of(SafetyPolicyFiles.WATCHED_WORDS, SafetyPolicyFiles.CRISIS_LANGUAGE,
                SafetyPolicyFiles.CRISIS_PROTOTYPES);
    }

    /** Both files are read together: the crisis phrases and the watched words share one matcher. */
    @Override
    public Prepared prepare(PolicySource source) {
        SafetyPolicyFiles.Loaded next = SafetyPolicyFiles.read(source);
        return Prepared.of(() -> screen = next.screen(), next.figures());
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
