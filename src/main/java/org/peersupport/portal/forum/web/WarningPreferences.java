package org.peersupport.portal.forum.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.peersupport.portal.forum.ContentWarning;
import org.peersupport.portal.forum.WarningPreferenceService;
import org.peersupport.portal.shared.web.Viewer;

/** The content warnings the member always hides, read once per session so topic pages need no query for them. */
@SessionScoped
public class WarningPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningPreferenceService forums;

    @Inject
    private Viewer currentMember;

    private Long loadedFor;
    private Set<ContentWarning> hidden = EnumSet.noneOf(ContentWarning.class);

    public Set<ContentWarning> hidden() {
        long me = currentMember.getId();
        if (loadedFor == null || loadedFor != me) {
            hidden = forums.hiddenWarnings(me);
            loadedFor = me;
        }
        return hidden;
    }

    public void save(Set<ContentWarning> warnings) {
        forums.hideWarnings(currentMember.getId(), warnings);
        hidden = warnings.isEmpty() ? EnumSet.noneOf(ContentWarning.class) : EnumSet.copyOf(warnings);
        loadedFor = currentMember.getId();
    }
}
