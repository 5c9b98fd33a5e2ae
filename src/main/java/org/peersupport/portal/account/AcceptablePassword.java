package org.peersupport.portal.account;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The password meets the {@link PasswordPolicy}. On a {@link PasswordChoice} class it checks the
 * e-mail address and display name too, and reports on the {@code password} property; on a String
 * it checks the password alone. Each refusal has its own message (ValidationMessages).
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
@Constraint(validatedBy = {AcceptablePasswordValidator.ForChoice.class, AcceptablePasswordValidator.ForText.class})
public @interface AcceptablePassword {

    String message() default "{account.password.common}";

    /** For the length message; the policy's range, not a setting. */
    int min() default PasswordPolicy.MIN_LENGTH;

    int max() default PasswordPolicy.MAX_LENGTH;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
