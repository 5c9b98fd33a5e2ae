package org.peersupport.portal.mentoring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class WeeklyAvailabilityConverter implements AttributeConverter<WeeklyAvailability, String> {

    @Override
    public String convertToDatabaseColumn(WeeklyAvailability availability) {
        return availability == null ? "" : availability.format();
    }

    @Override
    public WeeklyAvailability convertToEntityAttribute(String stored) {
        return WeeklyAvailability.parse(stored);
    }
}
