package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.security.FailureWindow;

/**
 * The public check of a certificate's code. Anyone with the code learns that it is genuine and when
 * it was issued; the name and the milestone only where the member chose to show them. Codes that
 * cannot be read or were never issued count against the asking address, so guessing stops after a
 * few tries (the codes are 95 random bits: the limit is a second wall, not the first).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateVerification {

    public static final int FAILURES_ALLOWED = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** What the page says. */
    public enum Outcome {
        VALID,
        REVOKED,
        NOT_FOUND,
        UNREADABLE,
        TOO_MANY_TRIES
    }

    /**
     * One answer. {@code recipientName} and {@code milestoneName} are null unless the member chose to show them;
     * {@code problem} says what is wrong with an unreadable code; {@code retryAt} when a refused address may try again.
     */
    public record Verification(Outcome outcome, Instant issuedAt, Instant revokedAt, String recipientName, String milestoneName,
            String issuer, VerificationCode.Problem problem, Instant retryAt) {

        static Verification of(Outcome outcome) {
            return new Verification(outcome, null, null, null, null, null, null, null);
        }
    }

    private final FailureWindow guesses = new FailureWindow(FAILURES_ALLOWED, WINDOW);

    @Inject
    private MilestoneService milestones;

    @Inject
    private AccountService accounts;

    @Inject
    private CertificateIssuer issuer;

    @Inject
    private Clock clock;

    public Verification verify(String typed, String address) {
        Instant now = clock.instant();
        Optional<Instant> refusedUntil = guesses.refusedUntil(address, now);
        if (refusedUntil.isPresent()) {
            return new Verification(Outcome.TOO_MANY_TRIES, null, null, null, null, null, null, refusedUntil.get());
        }
        VerificationCode.Reading reading = VerificationCode.read(typed);
        if (!reading.isCode()) {
            if (reading.problem() != VerificationCode.Problem.EMPTY) {
                guesses.record(address, now);
            }
            return new Verification(Outcome.UNREADABLE, null, null, null, null, null, reading.problem(), null);
        }
        Optional<MilestoneAward> found = milestones.awardByCode(reading.code());
        if (found.isEmpty()) {
            guesses.record(address, now);
            return Verification.of(Outcome.NOT_FOUND);
        }
        MilestoneAward award = found.get();
        String name = award.isShowName() ? certificateName(award.getMemberId()) : null;
        String milestone = award.isShowMilestone() ? milestones.definition(award.getDefinitionId()).getName() : null;
        return new Verification(award.isRevoked() ? Outcome.REVOKED : Outcome.VALID, award.getAwardedAt(), award.getRevokedAt(), name,
                milestone, issuer.name(), null, null);
    }

    /** The name the member chose for certificates, or their display name. */
    public String certificateName(long memberId) {
        return milestones.certificateNameOf(memberId)
                .orElseGet(() -> accounts.findAccount(memberId).map(account -> account.getDisplayName()).orElse(""));
    }
}
