package org.peersupport.portal.forum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.ContentWarning;
import org.peersupport.portal.shared.web.Bundle;

/** forum/preferences.xhtml: the content warnings a member never wants to see, even collapsed. */
@Named
@ViewScoped
public class ForumPreferencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WarningPreferences preferences;

    private List<ContentWarning> hidden;

    @PostConstruct
    void load() {
        hidden = new ArrayList<>(preferences.hidden());
    }

    public void save() {
        preferences.save(hidden.isEmpty() ? EnumSet.noneOf(ContentWarning.class) : EnumSet.copyOf(hidden));
        Messages.addGlobalInfo(Bundle.text("forum.preferences.saved"));
    }

    public ContentWarning[] getWarnings() {
        return ContentWarning.values();
    }

    public List<ContentWarning> getHidden() {
        return hidden;
    }

    public void setHidden(List<ContentWarning> hidden) {
        this.hidden = hidden;
    }
}
