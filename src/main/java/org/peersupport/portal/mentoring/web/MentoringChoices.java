package org.peersupport.portal.mentoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import org.peersupport.portal.mentoring.AgeBand;
import org.peersupport.portal.mentoring.ExperienceArea;
import org.peersupport.portal.mentoring.Gender;

/** The lists the mentoring forms choose from. */
@Named
@ApplicationScoped
public class MentoringChoices {

    /** Languages a mentor or mentee may speak; the portal itself is in English and Spanish. */
    private static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "ca", "de", "it", "ar", "zh", "uk");

    public ExperienceArea[] getAreas() {
        return ExperienceArea.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** A language's name in the reader's own language, as it reads in a sentence: "Spanish", "español". */
    public String languageName(String code, Locale reader) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() ? code : name;
    }

    /** The same name as a list item starts: "Español". */
    public String languageLabel(String code, Locale reader) {
        String name = languageName(code, reader);
        return name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }

    /** One tick box of the availability grid: a part of a day. */
    public record AvailabilityCell(DayOfWeek day, DayPart part) {
        public String value() {
            return day.name() + " " + part.name();
        }
    }

    private static final List<AvailabilityCell> CELLS = java.util.Arrays.stream(DayOfWeek.values())
            .flatMap(day -> java.util.Arrays.stream(DayPart.values()).map(part -> new AvailabilityCell(day, part))).toList();

    /** The week, a day per row of four day parts. */
    public List<AvailabilityCell> getAvailabilityCells() {
        return CELLS;
    }

    public List<Integer> getCapacities() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }
}
