package org.peersupport.portal.milestone.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.peersupport.portal.milestone.MilestoneDefinitionDetails;

/**
 * The constraints of {@link MilestoneDefinitionDetails} itself, with their messages
 * ({@code ValidationMessages}) in the reader's language: one source of rules for the form and the service.
 */
@ApplicationScoped
public class MilestoneDetailsRules {

    private static final String BUNDLE = "ValidationMessages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    @Inject
    private Validator beanValidation;

    /** What is wrong with one value of one record component, in the reader's words; empty when it is fine. */
    public List<String> problems(String property, Object value, Locale locale) {
        return problems(beanValidation, property, value, locale);
    }

    /** What is wrong with the whole record: the form's last check before the service. */
    public List<String> problems(MilestoneDefinitionDetails details, Locale locale) {
        return problems(beanValidation, details, locale);
    }

    static List<String> problems(Validator validator, String property, Object value, Locale locale) {
        return words(validator.validateValue(MilestoneDefinitionDetails.class, property, value), locale);
    }

    static List<String> problems(Validator validator, MilestoneDefinitionDetails details, Locale locale) {
        return words(validator.validate(details), locale);
    }

    private static List<String> words(Collection<? extends ConstraintViolation<?>> violations, Locale locale) {
        return violations.stream().map(violation -> text(violation, locale)).distinct().sorted().toList();
    }

    /** "{milestone.name.required}" read from the bundle in the reader's language; any other template as interpolated. */
    private static String text(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            try {
                // No fallback to the server's own language: English is the base bundle.
                return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(template.substring(1, template.length() - 1));
            } catch (MissingResourceException notOurs) {
                return violation.getMessage();
            }
        }
        return violation.getMessage();
    }
}
