package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.shared.export.JsonRows;
import org.peersupport.portal.shared.export.PersonalDataSource;

/**
 * posts.json: the member's groups, topics, posts (as written, in Markdown) with every earlier
 * version of them, the support they gave and the flags they raised. Other people's posts are not
 * included, only the titles of the topics the member wrote in.
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public String kind() {
        return "posts";
    }

    @Override
    public void write(long memberId, JsonGenerator json) {
        JsonRows.query(em, json, "groups", "SELECT f.slug, f.name, m.status, m.created_at FROM forum_membership m JOIN forum f ON f.id = m.forum_id"
                + " WHERE m.account_id = ?1 ORDER BY m.created_at", memberId, "group", "groupName", "status", "since");
        JsonRows.query(em, json, "topics", "SELECT t.id, f.slug, t.title, t.anonymous, t.status, t.created_at FROM topic t"
                + " JOIN forum f ON f.id = t.forum_id WHERE t.author_id = ?1 ORDER BY t.id", memberId,
                "id", "group", "title", "anonymous", "status", "createdAt");
        JsonRows.query(em, json, "posts", "SELECT p.id, p.topic_id, t.title, p.opening, p.body, p.content_warning, p.anonymous, p.status,"
                + " p.moderation_reason, p.support_count, p.created_at, p.edited_at FROM post p JOIN topic t ON t.id = p.topic_id"
                + " WHERE p.author_id = ?1 ORDER BY p.id", memberId,
                "id", "topicId", "topicTitle", "opensTopic", "body", "contentWarning", "anonymous", "status", "moderationReason",
                "supportCount", "createdAt", "editedAt");
        // Earlier versions of the member's own posts; whether a moderator made the change, not who.
        JsonRows.query(em, json, "revisions", "SELECT r.post_id, r.body, r.content_warning, r.replaced_at,"
                + " CASE WHEN r.replaced_by = p.author_id THEN 'YOU' ELSE 'MODERATOR' END"
                + " FROM post_revision r JOIN post p ON p.id = r.post_id WHERE p.author_id = ?1 ORDER BY r.post_id, r.replaced_at", memberId,
                "postId", "body", "contentWarning", "replacedAt", "changedBy");
        JsonRows.query(em, json, "supportGiven", "SELECT post_id, created_at FROM post_support WHERE account_id = ?1 ORDER BY created_at",
                memberId, "postId", "at");
        JsonRows.query(em, json, "flagsRaised", "SELECT post_id, reason, note, outcome, created_at FROM post_flag WHERE flagger_id = ?1"
                + " ORDER BY created_at", memberId, "postId", "reason", "note", "outcome", "createdAt");
    }
}
