package org.peersupport.portal.mentoring;

/** A mentor's gender as they describe it, and a mentee's preference; absent means not said / no preference. */
public enum Gender {
    WOMAN,
    MAN,
    NON_BINARY
}
