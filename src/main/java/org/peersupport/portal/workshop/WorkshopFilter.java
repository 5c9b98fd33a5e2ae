package org.peersupport.portal.workshop;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** The listing's filters; an empty one lists every upcoming workshop. */
public record WorkshopFilter(Optional<WorkshopTopic> topic, Optional<AttendanceMode> mode, Optional<Locale> language,
        Optional<Instant> from, Optional<Instant> until) {

    public static final WorkshopFilter ALL = new WorkshopFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());
}
