package org.peersupport.portal.shared.audit;

/**
 * What an audit line says was done. Each feature lists its own actions as an enum implementing
 * this, so the audit log can name every action in every language: {@code AuditActionLabelsTest}
 * fails when an action has no {@code audit.action.NAME} text in the bundles.
 */
public interface AuditAction {

    /** Stored in the audit line; the enum constant's name. */
    String name();
}
