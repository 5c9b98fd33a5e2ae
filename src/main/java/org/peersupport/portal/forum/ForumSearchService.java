package org.peersupport.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.peersupport.portal.shared.persistence.InstantConverter;

/** Full-text search over what the reader may read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ForumSearchService {

    static final int SEARCH_LIMIT = 50;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * Full-text search (MariaDB FULLTEXT, natural language) over published posts and topic titles in
     * forums the reader may enter. Anonymous posts come back without a name.
     */
    @SuppressWarnings("unchecked")
    public List<SearchHit> search(Reader reader, String terms, Set<ContentWarning> hiddenWarnings) {
        if (terms == null || terms.isBlank()) {
            return List.of();
        }
        // One placeholder per hidden warning (?4, ?5, …): the values are always bound, never written into the SQL.
        List<String> hidden = hiddenWarnings.stream().map(Enum::name).sorted().toList();
        String notHidden = hidden.isEmpty() ? ""
                : " AND (p.content_warning IS NULL OR p.author_id = ?1 OR p.content_warning NOT IN ("
                        + IntStream.range(0, hidden.size()).mapToObj(i -> "?" + (4 + i))
                                .collect(Collectors.joining(", ")) + "))";
        Query query = em.createNativeQuery("SELECT p.id, t.id, t.title, f.name,"
                        + " CASE WHEN p.anonymous THEN NULL ELSE a.display_name END, p.body, p.created_at, p.content_warning"
                        + " FROM post p JOIN topic t ON t.id = p.topic_id JOIN forum f ON f.id = t.forum_id"
                        + " JOIN account a ON a.id = p.author_id"
                        + " LEFT JOIN forum_membership m ON m.forum_id = f.id AND m.account_id = ?1 AND m.status = 'MEMBER'"
                        + " WHERE p.status = 'VISIBLE' AND t.status = 'VISIBLE'"
                        + " AND (f.visibility = 'OPEN' OR m.account_id IS NOT NULL OR ?2)"
                        + " AND (MATCH (p.body) AGAINST (?3) OR MATCH (t.title) AGAINST (?3))" + notHidden
                        + " ORDER BY p.created_at DESC")
                .setParameter(1, reader.accountId()).setParameter(2, reader.staff()).setParameter(3, terms.strip())
                .setMaxResults(SEARCH_LIMIT);
        for (int i = 0; i < hidden.size(); i++) {
            query.setParameter(4 + i, hidden.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new SearchHit(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], excerpt((String) r[5]),
                InstantConverter.fromStored(r[6]), r[7] == null ? null : ContentWarning.valueOf((String) r[7]))).toList();
    }

    static String excerpt(String markdown) {
        String plain = markdown.replaceAll("[*_`>#\\[\\]()]", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 200 ? plain : plain.substring(0, 199) + "…";
    }
}
