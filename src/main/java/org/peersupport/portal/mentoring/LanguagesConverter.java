package org.peersupport.portal.mentoring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Language codes ("en,es") as one column, in the order the person gave them. */
@Converter
public class LanguagesConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> languages) {
        return languages == null ? "" : String.join(",", languages);
    }

    @Override
    public Set<String> convertToEntityAttribute(String stored) {
        Set<String> languages = new LinkedHashSet<>();
        if (stored != null && !stored.isBlank()) {
            languages.addAll(Arrays.asList(stored.split(",")));
        }
        return languages;
    }
}
