package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peersupport.portal.account.AccountErasing;

/**
 * The forum's part of an erasure: public posts and topic titles stay for the thread's sake (pages
 * show "a former member"); everything else the member wrote or chose goes.
 */
@ApplicationScoped
public class ForumErasure {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    void onErasing(@Observes AccountErasing erasing) {
        long id = erasing.accountId();
        // Texts nobody but the member and staff could read: held, hidden, rejected or deleted posts.
        run("UPDATE post SET body = '', body_html = '' WHERE author_id = ?1 AND status <> 'VISIBLE'", id);
        // Earlier versions of edited posts are the moderators' history of the member's words.
        run("DELETE FROM post_revision WHERE post_id IN (SELECT id FROM post WHERE author_id = ?1)", id);
        run("UPDATE post_flag SET note = NULL WHERE flagger_id = ?1", id);
        run("DELETE FROM post_support WHERE account_id = ?1", id);
        run("DELETE FROM topic_read WHERE account_id = ?1", id);
        run("DELETE FROM hidden_warning WHERE account_id = ?1", id);
        run("DELETE FROM forum_membership WHERE account_id = ?1", id);
    }

    private void run(String sql, long id) {
        em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
    }
}
