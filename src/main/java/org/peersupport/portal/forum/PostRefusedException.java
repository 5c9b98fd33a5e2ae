package org.peersupport.portal.forum;

import java.util.List;
import org.peersupport.portal.shared.RefusedException;

/**
 * The post cannot be written now, with the reason the writer is shown (a message key and its
 * arguments). Rolls back the transaction.
 */
public class PostRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public PostRefusedException(String reasonKey, List<Object> arguments) {
        super(reasonKey, arguments);
    }

    public PostRefusedException(String reasonKey, Object... arguments) {
        this(reasonKey, List.of(arguments));
    }
}
