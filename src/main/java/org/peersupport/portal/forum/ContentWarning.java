package org.peersupport.portal.forum;

/** The fixed list of warnings a writer can put on a post; such posts show collapsed. */
public enum ContentWarning {
    SELF_HARM,
    SUICIDE,
    ABUSE,
    EATING,
    SUBSTANCE_USE,
    GRIEF,
    TRAUMA,
    VIOLENCE
}
