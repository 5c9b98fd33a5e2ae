package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.account.AccountService;

/** Reads the member's own milestones page in a fixed handful of queries, whatever they hold. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneViews {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private MilestoneService milestones;

    @Inject
    private AccountService accounts;

    @Inject
    private CertificateIssuer issuer;

    public MyMilestones of(long memberId) {
        List<Object[]> rows = em.createQuery("SELECT a, d FROM MilestoneAward a, MilestoneDefinition d WHERE d.id = a.definitionId"
                + " AND a.memberId = :member ORDER BY a.awardedAt DESC, a.id DESC", Object[].class).setParameter("member", memberId).getResultList();
        Set<Long> givers = new HashSet<>();
        rows.forEach(row -> {
            Long by = ((MilestoneAward) row[0]).getAwardedBy();
            if (by != null) {
                givers.add(by);
            }
        });
        givers.add(memberId);
        Map<Long, String> names = accounts.displayNamesOf(givers);
        Set<Long> held = new HashSet<>();
        List<MyMilestones.Earned> earned = rows.stream().map(row -> {
            MilestoneAward award = (MilestoneAward) row[0];
            MilestoneDefinition definition = (MilestoneDefinition) row[1];
            held.add(definition.getId());
            return new MyMilestones.Earned(award.getId(), definition.getName(), definition.getDescription(), definition.getIcon(),
                    award.getAwardedAt(), award.getAwardedBy() == null ? null : names.get(award.getAwardedBy()), award.getNote(),
                    award.getVerificationCode(), issuer.verificationUrl(award.getVerificationCode()), award.isShowName(), award.isShowMilestone(),
                    award.isRevoked());
        }).toList();
        MemberProgress progress = milestones.progressOf(memberId);
        List<MyMilestones.Towards> towards = milestones.activeDefinitions().stream()
                .filter(definition -> definition.getRule().isAutomatic() && !held.contains(definition.getId()))
                .map(definition -> new MyMilestones.Towards(definition.getId(), definition.getName(), definition.getDescription(),
                        definition.getIcon(), definition.getRule(), Math.min(definition.getRule().measure(progress), definition.getThreshold()),
                        definition.getThreshold()))
                .sorted(java.util.Comparator.comparingInt(MyMilestones.Towards::percent).reversed())
                .toList();
        return new MyMilestones(earned, towards, progress.currentStreakWeeks(), progress.longestStreakWeeks(),
                milestones.certificateNameOf(memberId).orElse(null), names.getOrDefault(memberId, ""));
    }

    /** One of the member's own awards with its milestone, for their downloads; empty if it is not theirs. */
    public java.util.Optional<OwnAward> ownAward(long memberId, long awardId) {
        return em.createQuery("SELECT a, d FROM MilestoneAward a, MilestoneDefinition d WHERE d.id = a.definitionId AND a.id = :award"
                + " AND a.memberId = :member", Object[].class).setParameter("award", awardId).setParameter("member", memberId).getResultStream()
                .findFirst().map(row -> new OwnAward((MilestoneAward) row[0], (MilestoneDefinition) row[1]));
    }

    public record OwnAward(MilestoneAward award, MilestoneDefinition definition) {

        public Instant awardedAt() {
            return award.getAwardedAt();
        }
    }
}
