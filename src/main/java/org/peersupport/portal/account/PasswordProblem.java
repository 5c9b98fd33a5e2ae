package org.peersupport.portal.account;

/** Why a password is refused; each has its own text in ValidationMessages(_es) under {@link #messageKey()}. */
public enum PasswordProblem {
    /** Both lengths share the message that names the range, {min} to {max}. */
    TOO_SHORT("account.password.length"),
    TOO_LONG("account.password.length"),
    CONTAINS_EMAIL("account.password.containsEmail"),
    CONTAINS_DISPLAY_NAME("account.password.containsDisplayName"),
    REPEATS("account.password.repeats"),
    SEQUENCE("account.password.sequence"),
    COMMON("account.password.common");

    private final String messageKey;

    PasswordProblem(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message from a ValidationMessages bundle, with the length range filled in. */
    public String message(java.util.ResourceBundle validationMessages) {
        return validationMessages.getString(messageKey)
                .replace("{min}", Integer.toString(PasswordPolicy.MIN_LENGTH))
                .replace("{max}", Integer.toString(PasswordPolicy.MAX_LENGTH));
    }
}
