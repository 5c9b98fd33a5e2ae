package org.peersupport.portal.mentoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.peersupport.portal.mentoring.MatchReasons;
import org.peersupport.portal.mentoring.matching.MatchReason;
import org.peersupport.portal.shared.web.Bundle;

/** A proposal's reasons in the reader's language: "speaks Spanish; 3 shared experience areas; …". */
@Named
@ApplicationScoped
public class MatchReasonTexts {

    @Inject
    private MentoringChoices choices;

    public String of(String storedReasons) {
        Locale reader = Faces.getLocale();
        return MatchReasons.parse(storedReasons).stream().map(reason -> text(reason, reader)).collect(Collectors.joining("; "));
    }

    private String text(MatchReason reason, Locale reader) {
        Object[] arguments = reason.arguments().stream().map(argument -> {
            String value = String.valueOf(argument);
            if (value.matches("[a-z]{2}(, [a-z]{2})*")) { // language codes ("en, es") are shown by name
                return java.util.Arrays.stream(value.split(", ")).map(code -> choices.languageName(code, reader))
                        .collect(Collectors.joining(", "));
            }
            return value.matches("-?\\d+") ? (Object) Long.valueOf(value) : value;
        }).toArray();
        return Bundle.text(reader, reason.key(), arguments);
    }
}
