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
 * is held and queued first), a look-soon signal rides on the verdict (published, and a moderator is
 * asked to look), watched words block or hold as their policy file says. Flags and
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
                SafetyPolicyFiles.CRISIS_CONCEPTS, SafetyPolicyFiles.CRISIS_PROTOTYPES);
    }

    /** Both files are read together: the crisis phrases and the watched words share one matcher. */
    @Override
    public Prepared prepare(PolicySource source) {
        SafetyPolicyFiles.Loaded next = SafetyPolicyFiles.read(source);
        return Prepared.of(() -> screen = next.screen(), next.figures());
    }

    @Override
    public Verdict judge(PostCandidate candidate) {
        return verdictOf(screen.screen(candidate.text()), candidate.text());
    }

    /**
     * A screening as a moderation verdict. A look-soon hit rides on whatever else is decided, so it
     * is never dropped: with a watched word that refuses, the text is held instead (see
     * {@link Verdict#withLookSoon}).
     */
    static Verdict verdictOf(Screening screening, String text) {
        Verdict verdict = switch (screening.decision()) {
            case ESCALATE -> Verdict.escalate(ModerationService.CRISIS_REASON, signal(screening.reason(), text));
            case BLOCK -> Verdict.block("safety.refused.watched");
            case HOLD -> Verdict.hold("moderation.reason.watched");
            default -> screening.flagged() ? Verdict.publishFlagged(FLAG_REASON) : Verdict.publish();
        };
        return verdict.withLookSoon(screening.lookSoon().map(hit -> signal(hit, text)).orElse(null))
                .withSupportingSomeone(screening.supportingSomeone());
    }

    /** What moderators read: how severe, and why (the rule, concept combination or nearest prototype). */
    private static CrisisSignal signal(Screening.Hit hit, String text) {
        return new CrisisSignal(CrisisSeverity.valueOf(hit.rule().severity().name()), hit.rule().describe(), text);
    }

    @Override
    public String rewrite(String text) {
        return text == null || text.isEmpty() ? text : screen.screen(text).text();
    }
}
