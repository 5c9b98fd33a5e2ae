package org.peersupport.portal.forum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.peersupport.portal.forum.ContentWarning;
import org.peersupport.portal.forum.Post;

/** What a member is writing (a topic's opening post, a reply or an edit), kept across failed submits. */
public class PostDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Post.BODY_MAX)
    private String body;
    private ContentWarning warning;
    private boolean anonymous;

    public void clear() {
        body = null;
        warning = null;
        anonymous = false;
    }

    /** Starts the draft with another post's text quoted, line by line. */
    public void quote(String quotedBody) {
        StringBuilder quoted = new StringBuilder();
        quotedBody.lines().forEach(line -> quoted.append("> ").append(line).append('\n'));
        body = quoted.append('\n').toString();
    }

    public ContentWarning[] getWarnings() {
        return ContentWarning.values();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public ContentWarning getWarning() {
        return warning;
    }

    public void setWarning(ContentWarning warning) {
        this.warning = warning;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
