package org.peersupport.portal.workshop;

/** One of the member's own upcoming workshops, with where they stand. */
public record MyWorkshop(WorkshopCard card, WorkshopRegistration registration) {}
