package org.peersupport.portal.forum;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.moderation.PostEvent;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;

/** Making a post readable, whether at once or after a moderator's approval; runs in the caller's transaction. */
@Dependent
class Publication {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private ForumAccess access;

    @Inject
    private Access staff;

    @Inject
    private Event<PostEvent> postEvents;

    /** Makes a post readable, and the first time tells the people it concerns (topic starter, quoted writer, mentioned members). */
    void publish(Post post, Topic topic, Forum forum, boolean firstTime) {
        post.publish();
        topic.postPublished(post.getCreatedAt());
        if (post.isOpening()) {
            topic.openingPostBecame(PostStatus.VISIBLE);
        }
        if (firstTime) {
            postEvents.fire(new PostEvent(PostEvent.Type.PUBLISHED, post.getId(), post.getAuthorId(), null));
            announce(post, topic, forum);
        }
    }

    /**
     * The notices name the topic and the writer (by display name, never a real name; nobody for an
     * anonymous post), and go only to people who may still read the topic: in a private group, its
     * members and staff, so that nobody who has left learns who writes there or about what.
     */
    private void announce(Post post, Topic topic, Forum forum) {
        String link = link(topic.getId(), post.getId());
        String writer = post.isAnonymous() ? "" : accounts.getAccount(post.getAuthorId()).getDisplayName();
        List<String> params = List.of(topic.getTitle(), writer);
        Set<Long> told = new HashSet<>();
        told.add(post.getAuthorId());
        if (post.getQuotedPostId() != null) {
            Post quoted = em.find(Post.class, post.getQuotedPostId());
            if (quoted != null && mayRead(forum, quoted.getAuthorId()) && told.add(quoted.getAuthorId())) {
                notifications.notify(quoted.getAuthorId(), NotificationKind.QUOTED, link, params);
            }
        }
        Set<String> candidates = Mentions.candidates(post.getBody());
        if (!candidates.isEmpty()) {
            for (Account mentioned : accounts.findByDisplayNames(candidates)) {
                if (mayRead(forum, mentioned.getId()) && told.add(mentioned.getId())) {
                    notifications.notify(mentioned.getId(), NotificationKind.MENTIONED, link, params);
                }
            }
        }
        if (!post.isOpening() && mayRead(forum, topic.getAuthorId()) && told.add(topic.getAuthorId())) {
            notifications.notify(topic.getAuthorId(), NotificationKind.REPLY, link, params);
        }
    }

    /** Whether the person may read the forum now: anyone in an open forum; members and staff in a private group. */
    private boolean mayRead(Forum forum, long accountId) {
        return !forum.isPrivateGroup()
                || access.membershipStatus(forum.getId(), accountId).filter(MembershipStatus.MEMBER::equals).isPresent()
                || staff.mayActAs(accountId, Role.MODERATOR);
    }

    /** Where staff read a post. */
    static String link(long topicId, long postId) {
        return "/forum/topic.xhtml?id=" + topicId + "#post-" + postId;
    }
}
