package org.peersupport.portal.notification;

/** What a notice or reminder is about, as the owning feature names it ("WORKSHOP", 42). */
public record SubjectRef(String type, long id) {}
