package org.peersupport.portal.shared.policy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.PostCandidate;
import org.peersupport.portal.moderation.TextScreening;
import org.peersupport.portal.moderation.Verdict.Outcome;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.audit.PortalAudit;
import org.peersupport.portal.shared.policy.PolicyRegistry.FileStatus;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/**
 * An admin's reload inside Payara Micro, against MariaDB, with the policies read from a folder
 * (a copy of moderation-policies/ the build makes, see pom.xml): a broken file is refused with its
 * name and line and the rules in force keep working; a good change is in force after the reload.
 * The original files are put back, and read again, whatever happens.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyReloadIT {

    private static final String CRISIS = "I want to kill myself";
    private static final String SPAM = "buy followers here, cheap";
    private static final String NEW_SPAM = "join the glimmerberry giveaway tonight";
    private static final String NEW_ENTRY = "  - { phrase: \"glimmerberry giveaway\", action: block, lang: en }\n";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PolicyReloadIT.class, TestPeople.class);
    }

    @Inject
    private PolicyFiles policyFiles;

    @Inject
    private ModerationService moderation;

    @Inject
    private TextScreening screening;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Test
    void aBrokenFileIsRefusedWithItsLineAndTheRulesInForceKeepWorkingUntilAGoodFileIsReloaded() throws IOException {
        Path folder = policyFiles.source().folder()
                .orElseThrow(() -> new AssertionError("the service tests' server reads its policies from a folder "
                        + "(-Dportal.policy.dir in arquillian.xml, filled by pom.xml)"));
        Path watched = folder.resolve("watched-words.yaml");
        Path trust = folder.resolve("trust-levels.yaml");
        byte[] watchedOriginal = Files.readAllBytes(watched);
        byte[] trustOriginal = Files.readAllBytes(trust);
        String watchedText = new String(watchedOriginal, StandardCharsets.UTF_8);
        String originalFingerprint = PolicyRegistry.fingerprint(watchedOriginal);
        long admin = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        long writer = accounts.register(TestPeople.newRegistration("Europe/London", "en")).getId();
        TestPeople.trustLevel(writer, 1);
        assertThat(fingerprintInForce("watched-words.yaml")).as("the folder holds the files in force").isEqualTo(originalFingerprint);
        assertThat(check(writer, NEW_SPAM)).isEqualTo(Outcome.PUBLISH);

        try {
            // A new blocked phrase, and a mistake two lines further down: neither may take effect.
            int mistakeLine = lineCount(watchedText) + 2;
            Files.writeString(watched, watchedText + NEW_ENTRY
                    + "  - { phrase: \"moonbeam raffle\", action: flagg, lang: en }\n");

            ReloadOutcome refused = policyFiles.reload(admin);

            assertThat(refused.applied()).isFalse();
            assertThat(refused.refused()).singleElement().satisfies(e -> {
                assertThat(e.file()).isEqualTo("watched-words.yaml");
                assertThat(e.line()).isEqualTo(mistakeLine);
                assertThat(e.reason()).contains("unknown action 'flagg'");
            });
            assertThat(check(writer, CRISIS)).as("crisis language still escalates").isEqualTo(Outcome.ESCALATE);
            assertThat(check(writer, SPAM)).as("a blocked phrase still blocks").isEqualTo(Outcome.BLOCK);
            assertThat(check(writer, NEW_SPAM)).as("nothing of the refused file is in force").isEqualTo(Outcome.PUBLISH);
            assertThat(fingerprintInForce("watched-words.yaml")).isEqualTo(originalFingerprint);
            assertThat(lastAudit()).satisfies(entry -> {
                assertThat(entry.getAction()).isEqualTo(PortalAudit.POLICY_RELOAD_REFUSED.name());
                assertThat(entry.getActorId()).isEqualTo(admin);
                assertThat(entry.getDetail()).contains("watched-words.yaml, line " + mistakeLine + ": unknown action 'flagg'");
            });

            // The watched words are right now, but another file is broken: still all or nothing.
            Files.writeString(watched, watchedText + NEW_ENTRY);
            Files.writeString(trust, new String(trustOriginal, StandardCharsets.UTF_8).replace("hide-at-weight: 2.0",
                    "hide-at-weight: two"));
            ReloadOutcome otherFileBroken = policyFiles.reload(admin);
            assertThat(otherFileBroken.refused()).extracting(PolicyFileException::file).containsExactly("trust-levels.yaml");
            assertThat(check(writer, NEW_SPAM)).isEqualTo(Outcome.PUBLISH);
            assertThat(moderation.hideThreshold()).isEqualTo(2.0);

            Files.write(trust, trustOriginal);
            ReloadOutcome applied = policyFiles.reload(admin);

            assertThat(applied.applied()).isTrue();
            String newFingerprint = PolicyRegistry.fingerprint(Files.readAllBytes(watched));
            assertThat(applied.changedFiles()).containsExactly(
                    new ReloadOutcome.Change("watched-words.yaml", originalFingerprint, newFingerprint));
            assertThat(check(writer, NEW_SPAM)).as("the new phrase blocks").isEqualTo(Outcome.BLOCK);
            assertThat(check(writer, CRISIS)).isEqualTo(Outcome.ESCALATE);
            assertThat(check(writer, SPAM)).isEqualTo(Outcome.BLOCK);
            assertThat(fingerprintInForce("watched-words.yaml")).isEqualTo(newFingerprint);
            assertThat(lastAudit()).satisfies(entry -> {
                assertThat(entry.getAction()).isEqualTo(PortalAudit.POLICY_RELOADED.name());
                assertThat(entry.getDetail()).isEqualTo("watched-words.yaml " + originalFingerprint + " → " + newFingerprint);
            });
        } finally {
            Files.write(watched, watchedOriginal);
            Files.write(trust, trustOriginal);
            policyFiles.reload(admin);
        }
        assertThat(fingerprintInForce("watched-words.yaml")).as("the reviewed rules are back").isEqualTo(originalFingerprint);
        assertThat(check(writer, NEW_SPAM)).isEqualTo(Outcome.PUBLISH);
    }

    private Outcome check(long writer, String text) {
        return screening.check(new PostCandidate(writer, PostCandidate.Kind.REPLY, text, 0, 0,
                new PostCandidate.PostingHistory() {
                    @Override
                    public long topicsSince(Instant since) {
                        return 0;
                    }

                    @Override
                    public long repliesSince(Instant since) {
                        return 0;
                    }

                    @Override
                    public Optional<Instant> lastPostAt() {
                        return Optional.empty();
                    }
                })).outcome();
    }

    private String fingerprintInForce(String file) {
        return policyFiles.inForce().stream().filter(s -> s.file().equals(file)).map(FileStatus::fingerprint)
                .findFirst().orElseThrow();
    }

    private AuditEntry lastAudit() {
        return audit.entriesFor(AuditTrail.SUBJECT_POLICY_FILES, 0, 1).get(0);
    }

    private static int lineCount(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
