package org.peersupport.portal.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.account.AccountSettingsService;
import org.peersupport.portal.account.SettingsRefusedException;
import org.peersupport.portal.shared.web.Bundle;

/** member/settings.xhtml, the display name and the time zone and language sections. */
@Named
@ViewScoped
public class ProfileSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountSettingsService settings;

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentMember currentMember;

    @Inject
    private Clock clock;

    private String displayName;
    private ZoneId timeZone;
    private String language;

    @PostConstruct
    void load() {
        Account account = accounts.getAccount(currentMember.getId());
        displayName = account.getDisplayName();
        timeZone = account.getTimeZone();
        language = account.getLanguage().getLanguage();
    }

    public void saveName(UIComponent nameInput) {
        try {
            settings.changeDisplayName(currentMember.getId(), displayName);
            currentMember.settingsChanged();
            Messages.addGlobalInfo(Bundle.text("settings.name.saved"));
        } catch (SettingsRefusedException refused) {
            Messages.addError(nameInput.getClientId(), Bundle.text(refused.getReasonKey()));
            Faces.validationFailed();
        }
    }

    /** Saved, then the page loads again: its text in the new language, its times in the new zone. */
    public void saveRegion() throws IOException {
        settings.changeRegion(currentMember.getId(), timeZone, Locale.forLanguageTag(language));
        currentMember.settingsChanged();
        Faces.redirect("member/settings.xhtml?saved=region");
    }

    /** The time of now, so the member sees at once how the chosen zone shows times. */
    public Instant getNow() {
        return clock.instant();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
