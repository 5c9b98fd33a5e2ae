package org.peersupport.portal.account;

/** A form where someone chooses a password, with what the password must not contain (either may be null). */
public interface PasswordChoice {

    String getPassword();

    String getEmail();

    String getDisplayName();
}
