package org.peersupport.portal.workshop;

import java.util.Optional;

/**
 * One workshop for one reader: the card, its details (for the host's form), the reader's own
 * registration and place in line, and the video link when the reader may have it.
 */
public record WorkshopView(WorkshopCard card, WorkshopDetails details, Optional<WorkshopRegistration> registration,
        Optional<Integer> waitlistPosition, Optional<String> onlineLink, boolean manageable, int sequence) {

    public Optional<RegistrationStatus> status() {
        return registration.map(WorkshopRegistration::getStatus);
    }

    public boolean registered() {
        return status().filter(RegistrationStatus::active).isPresent();
    }
}
