package org.peersupport.portal.mentoring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Areas as one comma-separated column: they are only ever read whole, never queried one by one. */
@Converter
public class ExperienceAreasConverter implements AttributeConverter<Set<ExperienceArea>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExperienceArea> areas) {
        return areas == null ? "" : areas.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<ExperienceArea> convertToEntityAttribute(String stored) {
        EnumSet<ExperienceArea> areas = EnumSet.noneOf(ExperienceArea.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(ExperienceArea::valueOf).forEach(areas::add);
        }
        return areas;
    }
}
