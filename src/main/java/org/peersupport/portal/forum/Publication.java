package org.peersupport.portal.forum;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
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

    private void announce(Post post, Topic topic, Forum forum) {
        String link = link(topic.getId(), post.getId());
        List<String> params = List.of(topic.getTitle());
        Set<Long> told = new HashSet<>();
        told.add(post.getAuthorId());
        if (post.getQuotedPostId() != null) {
            Post quoted = em.find(Post.class, post.getQuotedPostId());
            if (quoted != null && told.add(quoted.getAuthorId())) {
                notifications.notify(quoted.getAuthorId(), NotificationKind.QUOTED, link, params);
            }
        }
        Set<String> candidates = Mentions.candidates(post.getBody());
        if (!candidates.isEmpty()) {
            for (Account mentioned : accounts.findByDisplayNames(candidates)) {
                boolean mayRead = !forum.isPrivateGroup() || access.membershipStatus(forum.getId(), mentioned.getId())
                        .filter(MembershipStatus.MEMBER::equals).isPresent();
                if (mayRead && told.add(mentioned.getId())) {
                    notifications.notify(mentioned.getId(), NotificationKind.MENTIONED, link, params);
                }
            }
        }
        if (!post.isOpening() && told.add(topic.getAuthorId())) {
            notifications.notify(topic.getAuthorId(), NotificationKind.REPLY, link, params);
        }
    }

    /** Where staff read a post. */
    static String link(long topicId, long postId) {
        return "/forum/topic.xhtml?id=" + topicId + "#post-" + postId;
    }
}
