package org.peersupport.portal.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peersupport.portal.safety.CrisisResources.Country;
import org.peersupport.portal.safety.CrisisResources.Helpline;
import org.peersupport.portal.safety.CrisisResources.PhoneNumber;
import org.peersupport.portal.shared.policy.PolicyDocument;
import org.peersupport.portal.shared.policy.PolicyFileException;

/**
 * Reads {@code crisis-resources.yaml} (the format is described at the top of the file and in
 * {@code moderation-policies/README.md}). Only reads: {@link CrisisResourcesHolder} keeps the
 * catalogue in use. Every mistake is refused with a {@link PolicyFileException} naming the file and
 * the line: a wrong number shown to someone in crisis is worse than a portal that does not start.
 */
public final class CrisisResourcesFile {

    public static final String NAME = "crisis-resources.yaml";
    private static final String PACKAGED = "moderation-policies/" + NAME;

    private static final Set<String> TOP = Set.of("countries", "international");
    private static final Set<String> COUNTRY = Set.of("name", "time-zones", "emergency", "emergency-note", "helplines");
    private static final Set<String> INTERNATIONAL = Set.of("name", "emergency-note", "helplines");
    private static final Set<String> HELPLINE = Set.of("name", "call", "text", "text-word", "whatsapp", "chat", "website",
            "hours", "languages", "about");
    private static final String ALWAYS_OPEN = "24/7";

    private CrisisResourcesFile() {
    }

    public static CrisisResources fromDirectory(Path directory) throws IOException {
        return read(NAME, Files.readAllBytes(directory.resolve(NAME)));
    }

    public static CrisisResources fromClassPath() {
        try (InputStream in = CrisisResourcesFile.class.getClassLoader().getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Packaged policy file missing: " + NAME));
            }
            return read(NAME, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + NAME, e);
        }
    }

    /** Builds the catalogue from the file's bytes; the name appears in every error. */
    public static CrisisResources read(String fileName, byte[] bytes) {
        PolicyDocument doc = PolicyDocument.parse(fileName, bytes);
        List<Object> top = List.of();
        Map<String, Object> root = doc.mapping(doc.root(), top, TOP);

        List<Object> countriesPath = PolicyDocument.at(top, "countries");
        Map<String, Object> countries = doc.mapping(doc.required(root, "countries", top), countriesPath, null);
        List<Country> read = new ArrayList<>();
        Map<String, String> zoneOwners = new HashMap<>();
        countries.forEach((code, value) -> {
            List<Object> path = PolicyDocument.at(countriesPath, code);
            if (!code.matches("[A-Z]{2}")) {
                throw doc.error(path, "'" + code + "' is not a country code: use the two capital letters of ISO 3166 (ES, MX, GB)");
            }
            read.add(country(doc, code, doc.mapping(value, path, COUNTRY), path, zoneOwners));
        });

        List<Object> internationalPath = PolicyDocument.at(top, "international");
        Map<String, Object> international = doc.mapping(doc.required(root, "international", top), internationalPath,
                INTERNATIONAL);
        return new CrisisResources(read, new Country(null,
                texts(doc, doc.required(international, "name", internationalPath), PolicyDocument.at(internationalPath, "name")),
                List.of(), null,
                texts(doc, doc.required(international, "emergency-note", internationalPath),
                        PolicyDocument.at(internationalPath, "emergency-note")),
                helplines(doc, international, internationalPath)));
    }

    private static Country country(PolicyDocument doc, String code, Map<String, Object> country, List<Object> path,
            Map<String, String> zoneOwners) {
        Map<String, String> names = texts(doc, doc.required(country, "name", path), PolicyDocument.at(path, "name"));
        List<Object> zonesPath = PolicyDocument.at(path, "time-zones");
        List<Object> zoneNames = doc.list(doc.required(country, "time-zones", path), zonesPath);
        if (zoneNames.isEmpty()) {
            throw doc.error(zonesPath, "a country needs at least one time zone");
        }
        List<ZoneId> zones = new ArrayList<>();
        for (int i = 0; i < zoneNames.size(); i++) {
            List<Object> at = PolicyDocument.at(zonesPath, i);
            String name = doc.text(zoneNames.get(i), at);
            ZoneId zone;
            try {
                zone = ZoneId.of(name);
            } catch (DateTimeException e) {
                throw doc.error(at, "'" + name + "' is not a time zone (write IANA names such as Europe/Madrid)", e);
            }
            if (!name.contains("/")) {
                throw doc.error(at, "'" + name + "' is not a region's time zone (write IANA names such as Europe/Madrid)");
            }
            String owner = zoneOwners.putIfAbsent(zone.getId(), code);
            if (owner != null) {
                throw doc.error(at, "the time zone " + name + " is already listed for " + owner
                        + " (a time zone belongs to one country)");
            }
            zones.add(zone);
        }
        PhoneNumber emergency = phoneNumber(doc, doc.required(country, "emergency", path), PolicyDocument.at(path, "emergency"));
        Map<String, String> note = country.containsKey("emergency-note")
                ? texts(doc, country.get("emergency-note"), PolicyDocument.at(path, "emergency-note"))
                : Map.of();
        return new Country(code, names, List.copyOf(zones), emergency, note, helplines(doc, country, path));
    }

    private static List<Helpline> helplines(PolicyDocument doc, Map<String, Object> owner, List<Object> ownerPath) {
        List<Object> path = PolicyDocument.at(ownerPath, "helplines");
        List<Object> entries = doc.list(doc.required(owner, "helplines", ownerPath), path);
        if (entries.isEmpty()) {
            throw doc.error(path, "list at least one helpline (or leave the country out: its readers then see the international entry)");
        }
        List<Helpline> helplines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            helplines.add(helpline(doc, doc.mapping(entries.get(i), PolicyDocument.at(path, i), HELPLINE),
                    PolicyDocument.at(path, i)));
        }
        return List.copyOf(helplines);
    }

    private static Helpline helpline(PolicyDocument doc, Map<String, Object> line, List<Object> path) {
        Object nameValue = doc.required(line, "name", path);
        Map<String, String> names = nameValue instanceof Map
                ? texts(doc, nameValue, PolicyDocument.at(path, "name"))
                : sameInEveryLanguage(doc.text(nameValue, PolicyDocument.at(path, "name")));

        List<PhoneNumber> calls = new ArrayList<>();
        if (line.containsKey("call")) {
            List<Object> callPath = PolicyDocument.at(path, "call");
            Object call = line.get("call");
            if (call instanceof List<?> several) {
                for (int i = 0; i < several.size(); i++) {
                    calls.add(phoneNumber(doc, several.get(i), PolicyDocument.at(callPath, i)));
                }
            } else {
                calls.add(phoneNumber(doc, call, callPath));
            }
        }
        PhoneNumber text = line.containsKey("text") ? phoneNumber(doc, line.get("text"), PolicyDocument.at(path, "text")) : null;
        String textWord = null;
        if (line.containsKey("text-word")) {
            if (text == null) {
                throw doc.error(PolicyDocument.at(path, "text-word"), "'text-word' needs a 'text' number to send it to");
            }
            textWord = doc.text(line.get("text-word"), PolicyDocument.at(path, "text-word"));
        }
        PhoneNumber whatsApp = null;
        if (line.containsKey("whatsapp")) {
            List<Object> at = PolicyDocument.at(path, "whatsapp");
            whatsApp = phoneNumber(doc, line.get("whatsapp"), at);
            if (!whatsApp.dial().startsWith("+")) {
                throw doc.error(at, "write a WhatsApp number with its country code (+57 300 754 8933)");
            }
        }
        URI chat = line.containsKey("chat") ? webAddress(doc, line.get("chat"), PolicyDocument.at(path, "chat")) : null;
        URI website = line.containsKey("website") ? webAddress(doc, line.get("website"), PolicyDocument.at(path, "website")) : null;
        boolean someoneToTalkTo = !calls.isEmpty() || text != null || whatsApp != null || chat != null;
        if (!someoneToTalkTo && website == null) {
            throw doc.error(path, "a helpline needs a number to call or text, a WhatsApp number, a chat or a website");
        }

        boolean alwaysOpen = false;
        Map<String, String> hours = Map.of();
        List<Object> hoursPath = PolicyDocument.at(path, "hours");
        if (line.containsKey("hours")) {
            Object value = line.get("hours");
            if (ALWAYS_OPEN.equals(value)) {
                alwaysOpen = true;
            } else if (value instanceof Map) {
                hours = texts(doc, value, hoursPath);
            } else {
                throw doc.error(hoursPath, "hours are 24/7 or a text in each language ({ en: ..., es: ... }), found " + value);
            }
        } else if (someoneToTalkTo) {
            throw doc.error(path, "'hours' is missing: when can someone answer? (24/7, or a text in each language)");
        }

        List<Object> languagesPath = PolicyDocument.at(path, "languages");
        List<Object> languageValues = doc.list(doc.required(line, "languages", path), languagesPath);
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < languageValues.size(); i++) {
            String language = doc.text(languageValues.get(i), PolicyDocument.at(languagesPath, i));
            if (!language.matches("[a-z]{2}")) {
                throw doc.error(PolicyDocument.at(languagesPath, i), "'" + language + "' is not a two-letter language code (en, es)");
            }
            languages.add(language);
        }
        if (languages.isEmpty()) {
            throw doc.error(languagesPath, "list the languages a person can be answered in");
        }
        Map<String, String> about = texts(doc, doc.required(line, "about", path), PolicyDocument.at(path, "about"));
        return new Helpline(names, List.copyOf(calls), text, textWord, whatsApp, chat, website, alwaysOpen, hours,
                List.copyOf(languages), about);
    }

    /** A text in each of the portal's languages; others (fr, de) may be added for reviewers. */
    private static Map<String, String> texts(PolicyDocument doc, Object value, List<Object> path) {
        Map<String, Object> byLanguage = doc.byLanguage(value, path);
        for (String language : CrisisResources.LANGUAGES) {
            if (!byLanguage.containsKey(language)) {
                throw doc.error(path, "the '" + language + "' text is missing (every text needs "
                        + String.join(" and ", CrisisResources.LANGUAGES) + ")");
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> texts.put(language, doc.text(text, PolicyDocument.at(path, language))));
        return Map.copyOf(texts);
    }

    private static Map<String, String> sameInEveryLanguage(String text) {
        Map<String, String> texts = new LinkedHashMap<>();
        CrisisResources.LANGUAGES.forEach(language -> texts.put(language, text));
        return Map.copyOf(texts);
    }

    private static PhoneNumber phoneNumber(PolicyDocument doc, Object value, List<Object> path) {
        if (value instanceof Number) {
            throw doc.error(path, "write the number " + value + " in quotes (\"" + value
                    + "\"): a phone number is text to dial, not a quantity");
        }
        String number = doc.text(value, path);
        if (!number.matches("[+*]?[0-9]([0-9 \\-]*[0-9])?")) {
            throw doc.error(path, "'" + number + "' is not a phone number (digits, spaces and dashes; + or * first)");
        }
        return PhoneNumber.of(number);
    }

    private static URI webAddress(PolicyDocument doc, Object value, List<Object> path) {
        String address = doc.text(value, path);
        try {
            URI uri = new URI(address);
            if ("https".equals(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below, with the line
        }
        throw doc.error(path, "'" + address + "' is not a web address starting with https://");
    }
}
