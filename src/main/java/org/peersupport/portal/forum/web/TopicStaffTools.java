package org.peersupport.portal.forum.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.peersupport.portal.forum.ForumStaffService;
import org.peersupport.portal.forum.PostView;
import org.peersupport.portal.forum.SlowMode;
import org.peersupport.portal.shared.web.Bundle;

/** Moderators' tools on the topic page: who wrote an anonymous post, and slow mode. */
@Named
@ViewScoped
public class TopicStaffTools implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ForumStaffService staff;

    @Inject
    private ForumReader forumReader;

    @Inject
    private TopicPage topicPage;

    @Inject
    private Clock clock;

    private final Map<Long, String> revealed = new HashMap<>();

    @Min(1)
    @Max(SlowMode.MAX_MINUTES)
    private Integer slowMinutes;
    @Min(1)
    @Max(24 * 30)
    private Integer slowHours;

    public void reveal(PostView post) {
        revealed.put(post.id(), staff.revealAuthor(forumReader.reader(), post.id()));
    }

    /** {@code minutes}: the interval's input, where a missing interval is shown. */
    public void slowDown(UIComponent minutes) {
        if (slowMinutes == null) {
            Refusals.show(minutes, "forum.slowMode.minutesNeeded");
            return;
        }
        staff.slowDownTopic(forumReader.reader(), topicPage.getId(), Duration.ofMinutes(slowMinutes),
                slowHours == null ? null : clock.instant().plus(Duration.ofHours(slowHours)));
        Messages.addGlobalInfo(Bundle.text("forum.slowMode.on", slowMinutes));
        topicPage.refresh();
    }

    public void endSlowMode() {
        staff.slowDownTopic(forumReader.reader(), topicPage.getId(), null, null);
        Messages.addGlobalInfo(Bundle.text("forum.slowMode.off"));
        topicPage.refresh();
    }

    /** Authors revealed to this moderator, by post id. */
    public Map<Long, String> getRevealed() {
        return revealed;
    }

    public Integer getSlowMinutes() {
        return slowMinutes;
    }

    public void setSlowMinutes(Integer slowMinutes) {
        this.slowMinutes = slowMinutes;
    }

    public Integer getSlowHours() {
        return slowHours;
    }

    public void setSlowHours(Integer slowHours) {
        this.slowHours = slowHours;
    }
}
