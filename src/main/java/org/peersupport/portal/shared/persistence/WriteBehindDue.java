package org.peersupport.portal.shared.persistence;

/** Time to write what each {@link WriteBehind} holds (see {@link WriteBehindTimer}). */
public record WriteBehindDue() {}
