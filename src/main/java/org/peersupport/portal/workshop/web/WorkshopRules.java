package org.peersupport.portal.workshop.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.omnifaces.validator.MultiFieldValidator;
import org.peersupport.portal.workshop.AttendanceMode;
import org.peersupport.portal.workshop.WorkshopDetails;

/**
 * The @AssertTrue rules of {@link WorkshopDetails} as o:validateMultiple validators, so that each
 * broken rule is told next to the field it is about (the record's rule decides; this only routes).
 * The values come in the order of the tag's "components"; a value still missing passes here,
 * its own "required" speaks for it.
 */
@Named
@ApplicationScoped
public class WorkshopRules {

    /** components="start end timeZone": a sensible length, told at the end. */
    public MultiFieldValidator getLength() {
        return (context, inputs, values) -> sketch((LocalDateTime) values.get(0), (LocalDateTime) values.get(1),
                (ZoneId) values.get(2), null, null, null, null, null).isLengthSensible();
    }

    /** components="start signUpDeadline" (or cancellationDeadline): the deadline at or before the start. */
    public MultiFieldValidator getDeadline() {
        return (context, inputs, values) -> {
            LocalDateTime start = (LocalDateTime) values.get(0);
            return sketch(start, null, null, null, null, null, (LocalDateTime) values.get(1), start).isDeadlinesBeforeStart();
        };
    }

    /** components="mode location": an address, when in person. */
    public MultiFieldValidator getAddress() {
        return (context, inputs, values) -> values.get(0) != AttendanceMode.IN_PERSON
                || sketch(null, null, null, AttendanceMode.IN_PERSON, (String) values.get(1), null, null, null).isPlaceGiven();
    }

    /** components="mode onlineLink": a web link, when online. */
    public MultiFieldValidator getLink() {
        return (context, inputs, values) -> values.get(0) != AttendanceMode.ONLINE
                || sketch(null, null, null, AttendanceMode.ONLINE, null, (String) values.get(1), null, null).isPlaceGiven();
    }

    private static WorkshopDetails sketch(LocalDateTime start, LocalDateTime end, ZoneId zone, AttendanceMode mode, String location,
            String link, LocalDateTime signUpDeadline, LocalDateTime cancellationDeadline) {
        return new WorkshopDetails(null, null, null, null, start, end, zone, 1, mode, location, link, signUpDeadline,
                cancellationDeadline, WorkshopDetails.DEFAULT_OFFER_WINDOW_MINUTES, null);
    }
}
