package org.peersupport.portal.account.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The signed-in person: what every page needs without a query (id, display name, language, time
 * zone). Only pages for signed-in people touch it, so visitors get no session from it.
 */
@Named
@SessionScoped
public class CurrentMember implements Viewer, Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CALLER_OF_REQUEST = CurrentMember.class.getName() + ".caller";

    @Inject
    private SecurityContext security;

    @Inject
    private AccountService accounts;

    @Inject
    private HttpServletRequest request;

    private Long accountId;
    private String displayName;
    private ZoneId timeZone;
    private Locale language;

    @Override
    public boolean isSignedIn() {
        return load();
    }

    @Override
    public long getId() {
        requireSignedIn();
        return accountId;
    }

    @Override
    public String getDisplayName() {
        requireSignedIn();
        return displayName;
    }

    @Override
    public ZoneId getTimeZone() {
        requireSignedIn();
        return timeZone;
    }

    @Override
    public Locale getLanguage() {
        requireSignedIn();
        return language;
    }

    public void languageChanged(Locale locale) {
        this.language = locale;
    }

    /** After the settings page saved a name, zone or language: read the account again on the next use. */
    public void settingsChanged() {
        accountId = null;
    }

    private void requireSignedIn() {
        if (!load()) {
            throw new IllegalStateException("No one is signed in");
        }
    }

    /** Loads the account once per session; follows a change of principal (sign-out, other sign-in). */
    private boolean load() {
        // Asked dozens of times per page, so the caller found is remembered for the rest of the request:
        // Jakarta Security's lookup showed in the page profiles (issue 20). No one found is not remembered,
        // so a sign-in later in the same request is seen.
        Principal principal = request.getAttribute(CALLER_OF_REQUEST) instanceof Principal known ? known : null;
        if (principal == null) {
            principal = security.getCallerPrincipal();
            if (principal == null) {
                // An error page dispatched by the container sees the request's principal but no caller.
                principal = request.getUserPrincipal();
            }
            if (principal == null) {
                accountId = null;
                return false;
            }
            request.setAttribute(CALLER_OF_REQUEST, principal);
        }
        long id = Long.parseLong(principal.getName());
        if (accountId == null || accountId != id) {
            Account account = accounts.getAccount(id);
            accountId = id;
            displayName = account.getDisplayName();
            timeZone = account.getTimeZone();
            language = account.getLanguage();
        }
        return true;
    }
}
