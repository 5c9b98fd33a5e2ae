package org.peersupport.portal.shared;

import java.util.List;

/**
 * An action the acting person may not take now, with the reason they are shown (a message key and
 * its arguments). Rolls back the transaction; pages show it as a message, never as an error page.
 */
public abstract class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final transient List<Object> arguments;

    protected RefusedException(String reasonKey, List<Object> arguments) {
        super(reasonKey);
        this.reasonKey = reasonKey;
        this.arguments = List.copyOf(arguments);
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
