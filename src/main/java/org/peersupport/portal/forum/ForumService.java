package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Forums and groups. Topics, posts and membership of private groups arrive with the forum issue. */
@ApplicationScoped
@Transactional
public class ForumService {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Forums open to every member, in their display order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Forum> openForums() {
        return em.createNamedQuery(Forum.BY_VISIBILITY, Forum.class)
                .setParameter("visibility", ForumVisibility.OPEN)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForums() {
        return em.createNamedQuery(Forum.COUNT_ALL, Long.class).getSingleResult();
    }

    public Forum createForum(String slug, String name, String description, ForumVisibility visibility, int position) {
        Forum forum = new Forum(slug, name, description, visibility, position, clock.instant());
        em.persist(forum);
        return forum;
    }
}
