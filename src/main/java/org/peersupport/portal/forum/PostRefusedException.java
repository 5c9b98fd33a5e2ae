package org.peersupport.portal.forum;

import java.util.List;

/**
 * The post cannot be written now, with the reason the writer is shown (a message key and its
 * arguments). Rolls back the transaction.
 */
public class PostRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final transient List<Object> arguments;

    public PostRefusedException(String reasonKey, List<Object> arguments) {
        super(reasonKey);
        this.reasonKey = reasonKey;
        this.arguments = List.copyOf(arguments);
    }

    public PostRefusedException(String reasonKey, Object... arguments) {
        this(reasonKey, List.of(arguments));
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public List<Object> getArguments() {
        return arguments;
    }
}
