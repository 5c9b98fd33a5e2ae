package org.peersupport.portal.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link AcceptablePassword} with the shipped {@link PasswordPolicy}; a null password is left to @NotNull. */
public final class AcceptablePasswordValidator {

    private AcceptablePasswordValidator() {}

    static boolean report(Optional<PasswordProblem> problem, ConstraintValidatorContext context, String property) {
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate("{" + problem.get().messageKey() + "}");
        if (property == null) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(property).addConstraintViolation();
        }
        return false;
    }

    public static class ForChoice implements ConstraintValidator<AcceptablePassword, PasswordChoice> {
        @Override
        public boolean isValid(PasswordChoice choice, ConstraintValidatorContext context) {
            if (choice == null || choice.getPassword() == null) {
                return true;
            }
            return report(PasswordPolicy.standard().problemWith(choice.getPassword(), choice.getEmail(), choice.getDisplayName()),
                    context, "password");
        }
    }

    public static class ForText implements ConstraintValidator<AcceptablePassword, CharSequence> {
        @Override
        public boolean isValid(CharSequence password, ConstraintValidatorContext context) {
            if (password == null) {
                return true;
            }
            return report(PasswordPolicy.standard().problemWith(password.toString(), null, null), context, null);
        }
    }
}
