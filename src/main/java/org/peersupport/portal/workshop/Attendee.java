package org.peersupport.portal.workshop;

import java.util.Optional;

/**
 * One registration on the host's list: the display name always, the e-mail only when the member
 * agreed to share it, the private answer to the sign-up question, and the day's record.
 */
public record Attendee(long registrationId, String displayName, RegistrationStatus status, Optional<Integer> waitlistPosition,
        Optional<String> answer, Optional<String> email, Optional<CheckIn> checkIn, boolean cancelledLate) {}
