package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.ConsentDocument;
import org.peersupport.portal.account.ConsentService;
import org.peersupport.portal.account.ConsentVersions;
import org.peersupport.portal.shared.web.Bundle;

/** member/consent.xhtml: what changed in the guidelines or privacy notice, and accepting it (or signing out). */
@Named
@ViewScoped
public class ConsentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One changed document: its name and what changed, for the page (a class: EL 5 does not read record accessors). */
    public static final class Change implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String document;
        private final String version;
        private final String accepted;
        private final String whatChanged;
        private final String textPage;

        Change(String document, String version, String accepted, String whatChanged, String textPage) {
            this.document = document;
            this.version = version;
            this.accepted = accepted;
            this.whatChanged = whatChanged;
            this.textPage = textPage;
        }

        public String getDocument() {
            return document;
        }

        public String getVersion() {
            return version;
        }

        public String getAccepted() {
            return accepted;
        }

        public String getWhatChanged() {
            return whatChanged;
        }

        public String getTextPage() {
            return textPage;
        }
    }

    @Inject
    private ConsentService consents;

    @Inject
    private CurrentMember member;

    private List<Change> changes;

    @PostConstruct
    void load() {
        ConsentVersions inForce = consents.current();
        ConsentVersions accepted = consents.acceptedBy(member.getId());
        Locale locale = Faces.getLocale();
        changes = accepted.outdatedBy(inForce).stream().map(d -> change(d, inForce, accepted, locale)).toList();
    }

    private static Change change(ConsentDocument document, ConsentVersions inForce, ConsentVersions accepted, Locale locale) {
        String name = document.name().toLowerCase(Locale.ROOT);
        String specific = "consent.changes." + name + "." + inForce.of(document);
        ResourceBundle bundle = ResourceBundle.getBundle(Bundle.NAME, locale);
        String whatChanged = bundle.containsKey(specific) ? bundle.getString(specific) : bundle.getString("consent.changes." + name);
        return new Change(bundle.getString("consent.document." + name), inForce.of(document), accepted.of(document), whatChanged,
                "/" + name + ".xhtml");
    }

    /** Accepts the versions in force, then on to the dashboard. */
    public void accept() throws IOException {
        ConsentVersions inForce = consents.current();
        consents.accept(member.getId(), inForce);
        ConsentFilter.remember(Faces.getSession(), inForce);
        Faces.getFlash().setKeepMessages(true);
        Messages.addFlashGlobalInfo(Bundle.text("consent.accepted"));
        Faces.redirect("member/dashboard.xhtml");
    }

    public List<Change> getChanges() {
        return changes;
    }
}
