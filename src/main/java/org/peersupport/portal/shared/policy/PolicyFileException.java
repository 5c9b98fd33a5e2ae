package org.peersupport.portal.shared.policy;

/**
 * A policy file that cannot be used, with the file's name and the line to look at (1-based; 0 when
 * the problem is not tied to a line), so that whoever edited it can find the mistake from the log.
 * The portal refuses to start, or keeps the old rules on reload, rather than screen without them.
 */
public final class PolicyFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public PolicyFileException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
