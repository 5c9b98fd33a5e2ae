package org.peersupport.portal.safety;

import java.net.URI;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The crisis resources of {@code crisis-resources.yaml}: for each listed country its emergency
 * number and helplines, and an international entry for everyone else. Immutable: the one in use
 * is kept by {@link CrisisResourcesHolder}, and a new file means a new catalogue.
 */
public final class CrisisResources {

    /** The languages every text in the file must have: the portal's languages. */
    public static final List<String> LANGUAGES = List.of("en", "es");

    /** What the page's country picker sends for the international entry. */
    public static final String ANOTHER_COUNTRY = "other";

    private final Map<String, Country> byCode = new LinkedHashMap<>();
    private final Map<String, Country> byTimeZone = new LinkedHashMap<>();
    private final Country international;

    /** Codes and time zones are unique (the reader checks that, naming the line). */
    CrisisResources(List<Country> countries, Country international) {
        for (Country country : countries) {
            byCode.put(country.code(), country);
            country.timeZones().forEach(zone -> byTimeZone.put(zone.getId(), country));
        }
        this.international = international;
    }

    /** Whose help a reader needs, and why that country was chosen. */
    public record Choice(Country country, Basis basis) {}

    public enum Basis {
        /** Picked on the page. */
        CHOSEN,
        /** From the signed-in member's time zone. */
        TIME_ZONE,
        /** From the country of the browser's language (es-MX). */
        BROWSER,
        /** Nothing known: the international entry. */
        UNKNOWN
    }

    /**
     * The country to show, first match wins: the country picked on the page ({@code chosen}, a code
     * or {@link #ANOTHER_COUNTRY}); the signed-in member's time zone; the country of the first
     * browser language that names one (a country not listed gives the international entry, not the
     * next language: "fr-FR, en-US" is someone in France); the international entry.
     */
    public Choice choose(String chosen, ZoneId memberTimeZone, List<Locale> browserLanguages) {
        if (chosen != null && !chosen.isBlank()) {
            String code = chosen.strip();
            if (code.equalsIgnoreCase(ANOTHER_COUNTRY)) {
                return new Choice(international, Basis.CHOSEN);
            }
            Country picked = byCode.get(code.toUpperCase(Locale.ROOT));
            if (picked != null) {
                return new Choice(picked, Basis.CHOSEN);
            }
        }
        if (memberTimeZone != null && byTimeZone.containsKey(memberTimeZone.getId())) {
            return new Choice(byTimeZone.get(memberTimeZone.getId()), Basis.TIME_ZONE);
        }
        for (Locale language : browserLanguages) {
            if (!language.getCountry().isEmpty()) {
                Country country = byCode.get(language.getCountry());
                return country == null ? new Choice(international, Basis.UNKNOWN) : new Choice(country, Basis.BROWSER);
            }
        }
        return new Choice(international, Basis.UNKNOWN);
    }

    /** The listed countries, in the file's order. */
    public List<Country> countries() {
        return List.copyOf(byCode.values());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Country> countryOfTimeZone(ZoneId zone) {
        return Optional.ofNullable(byTimeZone.get(zone.getId()));
    }

    public Country international() {
        return international;
    }

    /** The text in this language, or in English when the language is not one of the file's. */
    static String in(Map<String, String> texts, String language) {
        return texts.getOrDefault(language, texts.get("en"));
    }

    /**
     * A country, or the international entry (no code, no time zones, no emergency number: only a
     * note saying to call the local one).
     */
    public record Country(String code, Map<String, String> names, List<ZoneId> timeZones, PhoneNumber emergency,
            Map<String, String> emergencyNote, List<Helpline> helplines) {

        public boolean isInternational() {
            return code == null;
        }

        public String nameIn(String language) {
            return in(names, language);
        }

        /** Null when there is no note. */
        public String emergencyNoteIn(String language) {
            return emergencyNote.isEmpty() ? null : in(emergencyNote, language);
        }

        /** The helplines, those answering in this language first, otherwise in the file's order. */
        public List<Helpline> helplinesFor(String language) {
            return helplines.stream().sorted(Comparator.comparing((Helpline line) -> !line.serves(language))).toList();
        }
    }

    /** A helpline: at least one way to reach it, and its hours when there is someone to talk to. */
    public record Helpline(Map<String, String> names, List<PhoneNumber> calls, PhoneNumber text, String textWord,
            PhoneNumber whatsApp, URI chat, URI website, boolean alwaysOpen, Map<String, String> hours,
            List<String> languages, Map<String, String> about) {

        public String nameIn(String language) {
            return in(names, language);
        }

        /** The opening hours as written; null when always open (24/7) or when there is only a website. */
        public String hoursIn(String language) {
            return hours.isEmpty() ? null : in(hours, language);
        }

        public String aboutIn(String language) {
            return in(about, language);
        }

        public boolean serves(String language) {
            return languages.contains(language);
        }
    }

    /** A phone number as people read it ("800 911 2000") and as a phone dials it ("8009112000"). */
    public record PhoneNumber(String display, String dial) {

        static PhoneNumber of(String display) {
            return new PhoneNumber(display, display.replaceAll("[ \\-]", ""));
        }

        public String tel() {
            return "tel:" + dial;
        }

        public String sms() {
            return "sms:" + dial;
        }

        /** The wa.me link of a WhatsApp number (written with its country code). */
        public String whatsAppLink() {
            return "https://wa.me/" + dial.replace("+", "");
        }
    }
}
