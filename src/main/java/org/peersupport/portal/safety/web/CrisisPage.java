package org.peersupport.portal.safety.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peersupport.portal.safety.CrisisResources;
import org.peersupport.portal.safety.CrisisResources.Country;
import org.peersupport.portal.safety.CrisisResources.Helpline;
import org.peersupport.portal.safety.CrisisResourcesHolder;
import org.peersupport.portal.shared.web.LocaleSelection;
import org.peersupport.portal.shared.web.Viewer;

/**
 * crisis.xhtml ("Get help now"), open to everyone: the emergency number and the helplines of the
 * reader's country, those in their language first, and a plain country picker
 * (?country=MX). With ?held=topic&post=post a signed-in writer whose post was just held for crisis
 * language is first thanked and told a person will reach out. Request scoped and without a JSF
 * form, so a visitor gets no session and the page never expires.
 */
@Named
@RequestScoped
public class CrisisPage {

    @Inject
    private CrisisResourcesHolder resources;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Viewer currentMember;

    @Inject
    private LocaleSelection localeSelection;

    private Locale locale;
    private String language;
    private Country country;
    private String countryCode;
    private List<Helpline> helplines;
    private List<Country> countries;
    private String anotherCountryName;
    private Long heldTopic;
    private Long heldPost;
    private String heldPostPath;

    @PostConstruct
    void load() {
        CrisisResources catalogue = resources.current();
        locale = localeSelection.getLocale();
        language = locale.getLanguage();
        boolean signedIn = request.getUserPrincipal() != null; // visitors must not touch the session-scoped member
        ZoneId memberTimeZone = signedIn ? currentMember.getTimeZone() : null;
        // Only what the browser sent: without the header the container would offer its own default locale.
        List<Locale> browserLanguages = request.getHeader("Accept-Language") == null
                ? List.of() : Collections.list(request.getLocales());
        country = catalogue.choose(request.getParameter("country"), memberTimeZone, browserLanguages).country();
        countryCode = country.isInternational() ? CrisisResources.ANOTHER_COUNTRY : country.code();
        helplines = country.helplinesFor(language);
        Collator collator = Collator.getInstance(locale);
        countries = catalogue.countries().stream()
                .sorted(Comparator.comparing((Country listed) -> listed.nameIn(language), collator))
                .toList();
        anotherCountryName = catalogue.international().nameIn(language);
        if (signedIn) {
            heldTopic = id(request.getParameter("held"));
            heldPost = id(request.getParameter("post"));
            heldPostPath = heldTopic == null ? null
                    : "/forum/topic.xhtml?id=" + heldTopic + (heldPost == null ? "" : "#post-" + heldPost);
        }
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getLanguage() {
        return language;
    }

    public Country getCountry() {
        return country;
    }

    /** The code the picker shows as chosen. */
    public String getCountryCode() {
        return countryCode;
    }

    public String getAnotherCountry() {
        return CrisisResources.ANOTHER_COUNTRY;
    }

    public List<Helpline> getHelplines() {
        return helplines;
    }

    /** The listed countries by their name in the reader's language, for the picker. */
    public List<Country> getCountries() {
        return countries;
    }

    public String getAnotherCountryName() {
        return anotherCountryName;
    }

    /** "English, French" / "inglés, francés". */
    public String languagesOf(Helpline helpline) {
        return helpline.languages().stream()
                .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "));
    }

    /** Whether this is the writer's screen after a post was held for crisis language. */
    public boolean isHeld() {
        return heldTopic != null;
    }

    /** Back to the held post on its topic. */
    public String getHeldPostPath() {
        return heldPostPath;
    }

    public Long getHeldTopic() {
        return heldTopic;
    }

    public Long getHeldPost() {
        return heldPost;
    }
}
