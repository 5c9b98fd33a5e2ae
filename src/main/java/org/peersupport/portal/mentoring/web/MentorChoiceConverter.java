package org.peersupport.portal.mentoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.util.List;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.mentoring.MentoringService.MentorChoice;
import org.peersupport.portal.shared.web.IdConverter;

/**
 * A mentor chosen in the coordinator's override field, sent as the account id: the field keeps
 * showing the chosen name when it is rendered again (say, with a refusal next to it).
 */
@ApplicationScoped // a CDI bean, so that injection works under annotated discovery (Mojarra #5119)
@FacesConverter(value = "mentorChoice", managed = true)
public class MentorChoiceConverter implements Converter<MentorChoice> {

    private final IdConverter ids = new IdConverter();

    @Inject
    private AccountService accounts;

    @Override
    public MentorChoice getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = ids.getAsObject(context, component, value);
        return id == null ? null : new MentorChoice(id, accounts.displayNamesOf(List.of(id)).get(id));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MentorChoice choice) {
        return choice == null ? "" : String.valueOf(choice.accountId());
    }
}
