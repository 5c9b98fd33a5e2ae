package org.peersupport.portal.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request: the member's own choice when signed in, otherwise the visitor's
 * choice from the switcher (a cookie), otherwise the browser's preference.
 */
@Named
@RequestScoped
public class LocaleSelection {

    public static final String COOKIE = "portal-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Inject
    private HttpServletRequest request;

    @Inject
    private Viewer viewer;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = request.getUserPrincipal() != null ? viewer.getLanguage() : forVisitor(request);
        }
        return locale;
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Where the switcher returns to: this page (also when it is a forwarded error page), with its query. */
    public String getReturnPath() {
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_SERVLET_PATH);
        String path = forwarded != null ? (String) forwarded : request.getServletPath();
        Object forwardedQuery = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    static Locale forVisitor(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    Locale chosen = supported(cookie.getValue());
                    if (chosen != null) {
                        return chosen;
                    }
                }
            }
        }
        for (Locale preferred : Collections.list(request.getLocales())) {
            Locale match = supported(preferred.getLanguage());
            if (match != null) {
                return match;
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported locale for this language code, or null. */
    public static Locale supported(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }
}
