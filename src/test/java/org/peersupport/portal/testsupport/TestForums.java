package org.peersupport.portal.testsupport;

import java.util.UUID;
import org.peersupport.portal.forum.Forum;
import org.peersupport.portal.forum.ForumGroupService;
import org.peersupport.portal.forum.ForumVisibility;

/** Forums for service tests, each with a name of its own (the database may be shared with earlier runs). */
public final class TestForums {

    private TestForums() {
    }

    /** A new open forum whose name starts with {@code prefix}. */
    public static Forum openForum(ForumGroupService forums, String prefix) {
        return forums.createForum(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), "A forum", "For tests.",
                ForumVisibility.OPEN, 60);
    }
}
