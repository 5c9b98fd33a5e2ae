package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peersupport.portal.forum.ForumSearchService;
import org.peersupport.portal.forum.SearchHit;

/** forum/search.xhtml?q=…: full-text search over what this member may read. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    private ForumSearchService forums;

    @Inject
    private ForumReader forumReader;

    @Inject
    private WarningPreferences warningPreferences;

    private String q;
    private List<SearchHit> hits = List.of();

    public void load() {
        hits = forums.search(forumReader.reader(), q, warningPreferences.hidden());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public List<SearchHit> getHits() {
        return hits;
    }
}
