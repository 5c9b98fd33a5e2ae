package org.peersupport.portal.milestone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.persistence.InstantConverter;

/**
 * What facilitators and admins read on the milestones staff page, each with a fixed number of
 * queries: the definitions with how many members hold each, the latest awards a page at a time,
 * and members found by display name for an award by hand (never by e-mail: staff see pseudonyms).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MilestoneStaffViews {

    private static final String STAFF_ONLY = "Only facilitators and admins manage milestones";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Access access;

    /** A milestone as staff see it, with the members who hold it now (a revoked award no longer counts). */
    public record DefinitionRow(long id, String name, String description, MilestoneIcon icon, MilestoneRule rule, int threshold,
            boolean active, long holders) implements Serializable {

        public MilestoneDefinitionDetails details() {
            return new MilestoneDefinitionDetails(name, description, icon, rule, threshold);
        }
    }

    /** One award: to whom (display name), which milestone, how it was given, and whether it was taken back. */
    public record AwardRow(long id, String memberName, String milestoneName, MilestoneIcon icon, Instant awardedAt, boolean byHand,
            String awardedByName, Instant revokedAt, String revokedByName, String revocationReason) implements Serializable {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A member offered in the award-by-hand search. */
    public record MemberChoice(long id, String displayName) implements Serializable {
    }

    /** Every milestone, active ones first, with its holders: two queries, however many milestones and awards there are. */
    public List<DefinitionRow> definitions(long actorId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        Map<Long, Long> holders = new HashMap<>();
        em.createQuery("SELECT a.definitionId, COUNT(a) FROM MilestoneAward a WHERE a.revokedAt IS NULL GROUP BY a.definitionId",
                Object[].class).getResultList().forEach(row -> holders.put((Long) row[0], ((Number) row[1]).longValue()));
        return em.createNamedQuery(MilestoneDefinition.ALL, MilestoneDefinition.class).getResultList().stream()
                .map(d -> new DefinitionRow(d.getId(), d.getName(), d.getDescription(), d.getIcon(), d.getRule(), d.getThreshold(),
                        d.isActive(), holders.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    /** What one milestone says now, for the edit form. */
    public MilestoneDefinitionDetails details(long actorId, long definitionId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        MilestoneDefinition definition = em.find(MilestoneDefinition.class, definitionId);
        if (definition == null) {
            throw new NotFoundException("No milestone " + definitionId);
        }
        return definition.details();
    }

    /** The latest awards, newest first, one page of them in one query (names joined in, no query per row). */
    public List<AwardRow> recentAwards(long actorId, int first, int size) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        return em.createQuery("SELECT a.id, m.displayName, d.name, d.icon, a.awardedAt, a.awardedBy, g.displayName,"
                + " a.revokedAt, r.displayName, a.revocationReason"
                + " FROM MilestoneAward a JOIN MilestoneDefinition d ON d.id = a.definitionId JOIN Account m ON m.id = a.memberId"
                + " LEFT JOIN Account g ON g.id = a.awardedBy LEFT JOIN Account r ON r.id = a.revokedBy"
                + " ORDER BY a.awardedAt DESC, a.id DESC", Object[].class)
                .setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(row -> new AwardRow((Long) row[0], (String) row[1], (String) row[2], (MilestoneIcon) row[3],
                        InstantConverter.fromStored(row[4]), row[5] != null, (String) row[6], InstantConverter.fromStored(row[7]),
                        (String) row[8], (String) row[9]))
                .toList();
    }

    public long countAwards(long actorId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        return em.createQuery("SELECT COUNT(a) FROM MilestoneAward a", Long.class).getSingleResult();
    }

    /** Members whose display name contains the words typed (any case), alphabetically, at most {@code max}. */
    public List<MemberChoice> membersNamed(long actorId, String typed, int max) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        String term = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (term.isEmpty()) {
            return List.of();
        }
        String like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT a.id, a.displayName FROM Account a JOIN a.roles r WHERE r = :member"
                + " AND LOWER(a.displayName) LIKE :like ORDER BY a.displayName, a.id", Object[].class)
                .setParameter("member", Role.MEMBER).setParameter("like", like).setMaxResults(max).getResultList().stream()
                .map(row -> new MemberChoice((Long) row[0], (String) row[1]))
                .toList();
    }

    /** The member named by an id sent back from the search (a converter's lookup); empty if there is no such member. */
    public java.util.Optional<MemberChoice> member(long actorId, long memberId) {
        access.require(actorId, Role.FACILITATOR, STAFF_ONLY);
        return em.createQuery("SELECT a.id, a.displayName FROM Account a JOIN a.roles r WHERE r = :member AND a.id = :id", Object[].class)
                .setParameter("member", Role.MEMBER).setParameter("id", memberId).getResultStream().findFirst()
                .map(row -> new MemberChoice((Long) row[0], (String) row[1]));
    }
}
