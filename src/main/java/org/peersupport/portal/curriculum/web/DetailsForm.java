package org.peersupport.portal.curriculum.web;

import java.io.Serializable;
import org.peersupport.portal.curriculum.Curriculum;
import org.peersupport.portal.curriculum.CurriculumDetails;

/** The curriculum page's details form: title, audience and description of the draft. */
public class DetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String audience;
    private String description;

    void fill(Curriculum draft) {
        title = draft.getTitle();
        audience = draft.getAudience();
        description = draft.getDescription();
    }

    CurriculumDetails details() {
        return new CurriculumDetails(title, audience, description);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
