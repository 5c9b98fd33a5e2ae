package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Milestones: staff define them; members reach them through what they do elsewhere (recorded from
 * the other features' events, never by asking those features), or a facilitator awards one by hand.
 * Each member's decisions are taken with their milestone row locked, so an award is given exactly
 * once however many events arrive at once or twice. Awards are the member's own: only they see them,
 * and they choose what a certificate's verification page may show.
 */
@ApplicationScoped
@Transactional
public class MilestoneService {

    public static final String SUBJECT_MILESTONE = "MILESTONE";
    public static final String SUBJECT_AWARD = "MILESTONE_AWARD";
    public static final String MY_MILESTONES = "/member/milestones.xhtml";
    private static final String STAFF_ONLY = "Only facilitators and admins manage milestones";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Access access;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Inject
    private NotificationService notifications;

    // ---- Definitions (staff) ----

    public MilestoneDefinition define(long actorId, @NotNull @Valid MilestoneDefinitionDetails details) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        MilestoneDefinition definition = new MilestoneDefinition(details, actorId, clock.instant());
        em.persist(definition);
        em.flush();
        audit.record(actorId, MilestoneAudit.MILESTONE_DEFINED, SUBJECT_MILESTONE, definition.getId(), null);
        return definition;
    }

    /** Changes a milestone. Members who now meet a lowered threshold reach it at their next step. */
    public MilestoneDefinition edit(long actorId, long definitionId, @NotNull @Valid MilestoneDefinitionDetails details) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        MilestoneDefinition definition = definition(definitionId);
        definition.apply(details, clock.instant());
        audit.record(actorId, MilestoneAudit.MILESTONE_EDITED, SUBJECT_MILESTONE, definitionId, null);
        return definition;
    }

    /** No one reaches it any more; those who have it keep it. */
    public void retire(long actorId, long definitionId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        definition(definitionId).retire(clock.instant());
        audit.record(actorId, MilestoneAudit.MILESTONE_RETIRED, SUBJECT_MILESTONE, definitionId, null);
    }

    public void restore(long actorId, long definitionId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        definition(definitionId).restore(clock.instant());
        audit.record(actorId, MilestoneAudit.MILESTONE_RESTORED, SUBJECT_MILESTONE, definitionId, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneDefinition> definitions(long actorId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        return em.createNamedQuery(MilestoneDefinition.ALL, MilestoneDefinition.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneDefinition> activeDefinitions() {
        return em.createNamedQuery(MilestoneDefinition.ACTIVE, MilestoneDefinition.class).getResultList();
    }

    // ---- Progress (from the other features' events) ----

    /**
     * Records one step and gives the member every milestone it completes. A step already recorded
     * for the same source changes nothing, so a repeated event never awards twice.
     *
     * @return the awards this step gave
     */
    public List<MilestoneAward> recordProgress(long memberId, @NotNull ProgressKind kind, @NotNull String sourceKey, @NotNull Instant at) {
        lockMember(memberId);
        Long already = em.createNamedQuery(ProgressRecord.EXISTS, Long.class).setParameter("member", memberId)
                .setParameter("kind", kind).setParameter("source", sourceKey).getSingleResult();
        if (already > 0) {
            return List.of();
        }
        em.persist(new ProgressRecord(memberId, kind, sourceKey, at));
        em.flush();
        Set<MilestoneRule> moved = EnumSet.noneOf(MilestoneRule.class);
        for (MilestoneRule rule : MilestoneRule.values()) {
            if (rule.counts() == kind) {
                moved.add(rule);
            }
        }
        List<MilestoneDefinition> candidates = em.createNamedQuery(MilestoneDefinition.ACTIVE_COUNTING, MilestoneDefinition.class)
                .setParameter("rules", moved).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> held = heldDefinitions(memberId);
        MemberProgress progress = progressOf(memberId);
        Instant now = clock.instant();
        List<MilestoneAward> given = candidates.stream()
                .filter(definition -> !held.contains(definition.getId()))
                .filter(definition -> progress.reaches(definition.getRule(), definition.getThreshold()))
                .map(definition -> give(MilestoneAward.reached(memberId, definition.getId(), now), definition))
                .toList();
        return given;
    }

    /** A facilitator gives a milestone by hand, with a personal note the member reads. */
    public MilestoneAward awardByHand(long facilitatorId, long memberId, long definitionId, String note) {
        access.require(facilitatorId, Role.FACILITATOR, STAFF_ONLY);
        if (note != null && note.strip().length() > MilestoneAward.NOTE_MAX) {
            throw new MilestoneRefusedException("milestone.award.note.size");
        }
        Account member = accounts.findAccount(memberId).orElseThrow(() -> new NotFoundException("No member " + memberId));
        MilestoneDefinition definition = definition(definitionId);
        if (!definition.isActive()) {
            throw new MilestoneRefusedException("milestone.award.retired");
        }
        lockMember(member.getId());
        if (heldDefinitions(memberId).contains(definitionId)) {
            throw new MilestoneRefusedException("milestone.award.already");
        }
        MilestoneAward award = give(MilestoneAward.byHand(memberId, definitionId, clock.instant(), facilitatorId, note), definition);
        audit.record(facilitatorId, MilestoneAudit.MILESTONE_AWARDED_BY_HAND, SUBJECT_AWARD, award.getId(), null);
        return award;
    }

    /** Takes an award back, with the reason (kept for staff; the verification page says only that it was revoked). */
    public void revoke(long actorId, long awardId, String reason) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        if (reason == null || reason.isBlank()) {
            throw new MilestoneRefusedException("milestone.revoke.reason.required");
        }
        if (reason.strip().length() > MilestoneAward.NOTE_MAX) {
            throw new MilestoneRefusedException("milestone.revoke.reason.size");
        }
        MilestoneAward award = em.find(MilestoneAward.class, awardId, LockModeType.PESSIMISTIC_WRITE);
        if (award == null) {
            throw new NotFoundException("No award " + awardId);
        }
        if (award.isRevoked()) {
            throw new MilestoneRefusedException("milestone.revoke.already");
        }
        award.revoke(actorId, reason, clock.instant());
        audit.record(actorId, MilestoneAudit.MILESTONE_REVOKED, SUBJECT_AWARD, awardId, reason.strip());
    }

    // ---- The member's own choices ----

    /** The name the member wants on certificates; blank goes back to the display name. */
    public void nameCertificates(long memberId, String name) {
        if (name != null && name.strip().length() > MilestoneMember.NAME_MAX) {
            throw new MilestoneRefusedException("milestone.certificateName.size");
        }
        lockMember(memberId).nameCertificates(name);
    }

    /** What the verification page of one of the member's own certificates may show. */
    public void share(long memberId, long awardId, boolean name, boolean milestone) {
        MilestoneAward award = em.find(MilestoneAward.class, awardId);
        if (award == null || award.getMemberId() != memberId) {
            throw new NotFoundException("No award " + awardId + " of member " + memberId);
        }
        award.share(name, milestone);
    }

    // ---- Reading ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public MemberProgress progressOf(long memberId) {
        Map<ProgressKind, Integer> counts = new EnumMap<>(ProgressKind.class);
        em.createNamedQuery(ProgressRecord.COUNTS, Object[].class).setParameter("member", memberId).getResultList()
                .forEach(row -> counts.put((ProgressKind) row[0], ((Number) row[1]).intValue()));
        WeeklyStreak streak = new WeeklyStreak(0, 0);
        if (counts.getOrDefault(ProgressKind.SESSION_ATTENDED, 0) > 0) {
            ZoneId zone = accounts.findAccount(memberId).map(Account::getTimeZone).orElse(ZoneId.of("UTC"));
            List<Instant> times = em.createNamedQuery(ProgressRecord.TIMES, Instant.class).setParameter("member", memberId)
                    .setParameter("kind", ProgressKind.SESSION_ATTENDED).getResultList();
            streak = WeeklyStreak.of(times, zone, LocalDate.now(clock.withZone(zone)));
        }
        return new MemberProgress(counts, streak);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MilestoneAward> awardsOf(long memberId) {
        return em.createNamedQuery(MilestoneAward.OF_MEMBER, MilestoneAward.class).setParameter("member", memberId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> certificateNameOf(long memberId) {
        return Optional.ofNullable(em.find(MilestoneMember.class, memberId)).map(MilestoneMember::getCertificateName);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MilestoneAward> awardByCode(String code) {
        return em.createNamedQuery(MilestoneAward.BY_CODE, MilestoneAward.class).setParameter("code", code).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MilestoneAward> awardByCredential(java.util.UUID credentialId) {
        return em.createNamedQuery(MilestoneAward.BY_CREDENTIAL, MilestoneAward.class).setParameter("credential", credentialId.toString())
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MilestoneDefinition definition(long definitionId) {
        MilestoneDefinition definition = em.find(MilestoneDefinition.class, definitionId);
        if (definition == null) {
            throw new NotFoundException("No milestone " + definitionId);
        }
        return definition;
    }

    private MilestoneAward give(MilestoneAward award, MilestoneDefinition definition) {
        em.persist(award);
        em.flush();
        notifications.notify(award.getMemberId(), NotificationKind.MILESTONE_REACHED, MY_MILESTONES, List.of(definition.getName()));
        return award;
    }

    private Set<Long> heldDefinitions(long memberId) {
        return new HashSet<>(em.createNamedQuery(MilestoneAward.DEFINITIONS_OF_MEMBER, Long.class).setParameter("member", memberId).getResultList());
    }

    /**
     * The member's milestone row, made if missing and locked to the end of the transaction. The
     * upsert takes the row's exclusive lock at once (INSERT IGNORE would take a shared one first,
     * and two transactions each holding one deadlock on the upgrade).
     */
    private MilestoneMember lockMember(long memberId) {
        em.createNativeQuery("INSERT INTO milestone_member (member_id) VALUES (?1) ON DUPLICATE KEY UPDATE member_id = member_id")
                .setParameter(1, memberId).executeUpdate();
        MilestoneMember member = em.find(MilestoneMember.class, memberId, LockModeType.PESSIMISTIC_WRITE);
        if (member == null) {
            throw new NotFoundException("No member " + memberId);
        }
        return member;
    }
}
