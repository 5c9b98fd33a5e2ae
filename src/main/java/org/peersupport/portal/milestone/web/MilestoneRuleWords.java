package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import org.peersupport.portal.milestone.MilestoneRule;
import org.peersupport.portal.shared.web.Bundle;

/**
 * A milestone's rule in words, in the reader's language: "Attended 5 group sessions", "4 weeks in a
 * row with a session", "Given by hand only". Rules reached once say so without their stored number.
 */
@Named
@ApplicationScoped
public class MilestoneRuleWords {

    static final String KEY = "milestone.rule.words.";

    /** For a page: {@code #{milestoneRuleWords.of(row.rule(), row.threshold())}}. */
    public String of(MilestoneRule rule, int threshold) {
        return words(FacesContext.getCurrentInstance().getViewRoot().getLocale(), rule, threshold);
    }

    public static String words(Locale locale, MilestoneRule rule, int threshold) {
        return rule.needsThreshold() ? Bundle.text(locale, KEY + rule.name(), threshold) : Bundle.text(locale, KEY + rule.name());
    }
}
