package org.peersupport.portal.shared.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A port the features fill: names a person can read for the subjects of audit lines ("Quiet Harbor"
 * instead of "ACCOUNT 18"). The audit log asks each bean once per page, for all the ids of its
 * types on that page, so a page costs one query per subject type shown, never one per line.
 */
public interface AuditSubjectNames {

    /** The subject types this bean names (e.g. "COHORT"). */
    Set<String> subjectTypes();

    /** Names of the subjects of one of those types by id; ids it cannot name are left out. */
    Map<Long, String> namesOf(String subjectType, Collection<Long> ids);
}
