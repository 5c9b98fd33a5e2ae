package org.peersupport.portal.notification;

/** An e-mail ready to send: subject, plain text and the same as HTML. */
public record RenderedMail(String subject, String text, String html) {}
