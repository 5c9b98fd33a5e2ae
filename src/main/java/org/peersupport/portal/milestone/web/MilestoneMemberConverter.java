package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.peersupport.portal.milestone.MilestoneStaffViews;
import org.peersupport.portal.milestone.MilestoneStaffViews.MemberChoice;
import org.peersupport.portal.shared.web.PageParameters;
import org.peersupport.portal.shared.web.Viewer;

/**
 * The member chosen in the award-by-hand search, sent as the account id: the field shows the
 * chosen display name again when the form comes back with a message. An id that names no member
 * converts to nothing, which the field's "required" then answers.
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesConverter(value = "milestoneMember", managed = true)
public class MilestoneMemberConverter implements Converter<MemberChoice> {

    @Inject
    private MilestoneStaffViews views;

    @Inject
    private Viewer currentMember;

    @Override
    public MemberChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return PageParameters.id(value.strip()).stream().boxed().findFirst()
                .flatMap(id -> views.member(currentMember.getId(), id)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MemberChoice choice) {
        return choice == null ? "" : String.valueOf(choice.id());
    }
}
