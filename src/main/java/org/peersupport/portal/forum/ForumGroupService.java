package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;

/**
 * Forums and private groups, and who is in a group: invitations, requests to join, admissions. A
 * private group the reader is not in answers {@link NotFoundException}, like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class ForumGroupService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountStanding standing;

    @Inject
    private NotificationService notifications;

    @Inject
    private AuditTrail audit;

    @Inject
    private ForumAccess access;

    /** Forums open to every member, in their display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Forum> openForums() {
        return em.createNamedQuery(Forum.BY_VISIBILITY, Forum.class)
                .setParameter("visibility", ForumVisibility.OPEN)
                .getResultList();
    }

    /** Private groups this reader is in, invited to or asked to join, plus listed ones they may ask to join. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupListing> privateGroupsFor(Reader reader) {
        return em.createNamedQuery(Forum.PRIVATE_FOR_MEMBER, Object[].class)
                .setParameter("account", reader.accountId())
                .setParameter("staff", reader.staff())
                .getResultList().stream()
                .map(row -> new GroupListing((Forum) row[0], (MembershipStatus) row[1]))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForums() {
        return em.createNamedQuery(Forum.COUNT_ALL, Long.class).getSingleResult();
    }

    public Forum createForum(String slug, String name, String description, ForumVisibility visibility, int position) {
        Forum forum = new Forum(slug, name, description, visibility, position, clock.instant());
        em.persist(forum);
        em.flush();
        return forum;
    }

    /** Let members post anonymously in a forum, and list or unlist a group. */
    public void configure(long forumId, boolean allowsAnonymous, boolean listed) {
        Forum forum = em.find(Forum.class, forumId);
        forum.allowAnonymous(allowsAnonymous);
        forum.list(listed);
    }

    /** The forum, if the reader may enter it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Forum forumForReader(String slug, Reader reader) {
        Forum forum = em.createNamedQuery(Forum.BY_SLUG, Forum.class).setParameter("slug", slug)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("forum " + slug));
        access.requireEntry(forum, reader);
        return forum;
    }

    /** Staff invite a member by display name; an invited member who had asked to join is admitted at once. */
    public void invite(long staffId, long forumId, String displayName) {
        Forum forum = access.privateGroup(forumId);
        Account invitee = accounts.findByDisplayNames(List.of(displayName)).stream().findFirst()
                .orElseThrow(() -> new PostRefusedException("forum.group.noSuchMember", displayName));
        ForumMembership existing = em.find(ForumMembership.class, new ForumMembership.Key(forumId, invitee.getId()));
        if (existing == null) {
            em.persist(new ForumMembership(forumId, invitee.getId(), MembershipStatus.INVITED, clock.instant()));
            notifications.notify(invitee.getId(), NotificationKind.GROUP_INVITATION, "/forum/index.xhtml",
                    List.of(forum.getName()));
        } else if (existing.getStatus() == MembershipStatus.REQUESTED) {
            existing.admit();
        }
        audit.record(staffId, ForumAudit.GROUP_INVITED, AuditTrail.SUBJECT_ACCOUNT, invitee.getId(), forum.getSlug());
    }

    /** A member asks to join a listed group; unlisted groups answer as if they did not exist. */
    public void requestToJoin(Reader reader, long forumId) {
        standing.requireActive(reader.accountId());
        Forum forum = access.privateGroup(forumId);
        if (!forum.isListed()) {
            throw new NotFoundException("forum " + forumId);
        }
        if (em.find(ForumMembership.class, new ForumMembership.Key(forumId, reader.accountId())) == null) {
            em.persist(new ForumMembership(forumId, reader.accountId(), MembershipStatus.REQUESTED, clock.instant()));
        }
    }

    /** The invitee accepts. */
    public void acceptInvitation(Reader reader, long forumId) {
        standing.requireActive(reader.accountId());
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, reader.accountId()));
        if (membership == null || membership.getStatus() != MembershipStatus.INVITED) {
            throw new NotFoundException("invitation " + forumId);
        }
        membership.admit();
    }

    /** Staff admit someone who asked. */
    public void admit(long staffId, long forumId, long accountId) {
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId));
        if (membership == null) {
            throw new NotFoundException("request " + forumId);
        }
        membership.admit();
        audit.record(staffId, ForumAudit.GROUP_ADMITTED, AuditTrail.SUBJECT_ACCOUNT, accountId, access.privateGroup(forumId).getSlug());
    }

    /** Staff remove a member (or an invitation or request); a member may also leave or decline. */
    public void removeFromGroup(long actorId, long forumId, long accountId) {
        ForumMembership membership = em.find(ForumMembership.class, new ForumMembership.Key(forumId, accountId));
        if (membership != null) {
            em.remove(membership);
            if (actorId != accountId) {
                audit.record(actorId, ForumAudit.GROUP_REMOVED, AuditTrail.SUBJECT_ACCOUNT, accountId,
                        access.privateGroup(forumId).getSlug());
            }
        }
    }

    /** The group's people with their display names, for staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupMember> membersOf(long forumId) {
        List<ForumMembership> memberships = em.createNamedQuery(ForumMembership.OF_FORUM, ForumMembership.class)
                .setParameter("forum", forumId).getResultList();
        Map<Long, String> names = access.displayNames(memberships.stream().map(ForumMembership::getAccountId).toList());
        return memberships.stream()
                .map(m -> new GroupMember(m.getAccountId(), names.get(m.getAccountId()), m.getStatus())).toList();
    }
}
