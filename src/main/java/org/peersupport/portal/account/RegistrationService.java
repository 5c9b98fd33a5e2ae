package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Registration that reveals nothing: a new address and a known one get the same answer ("check
 * your e-mail") at the same cost (one slow hash each). A new address gets an account waiting for
 * confirmation and a link; a known one gets no account, and its owner is told by mail. Only a
 * display name can be said to be taken: names are public anyway.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    /** What the person is told. */
    public enum Outcome {
        /** "Check your e-mail": the same for a new and a known address. */
        CHECK_YOUR_EMAIL,
        /** Too many registrations for this address or from this network address within the hour. */
        TRY_LATER
    }

    @Inject
    private AccountService accounts;

    @Inject
    private AddressConfirmationService confirmations;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private RegistrationThrottle throttle;

    @Inject
    private Event<RegistrationWithKnownAddress> knownAddress;

    /**
     * Refused with {@link RegistrationRefusedException} only when the display name is taken. The
     * password is checked by {@link Registration}'s constraints (@Valid).
     */
    public Outcome register(@NotNull @Valid Registration registration, String networkAddress) {
        if (!throttle.tryRegistration(registration.getEmail(), networkAddress)) {
            return Outcome.TRY_LATER;
        }
        if (accounts.isDisplayNameTaken(registration.getDisplayName())) {
            throw new RegistrationRefusedException(RegistrationRefusedException.Reason.DISPLAY_NAME_TAKEN);
        }
        Optional<Account> owner = accounts.findByEmail(registration.getEmail());
        if (owner.isPresent()) {
            passwords.hash(registration.getPassword()); // the cost a new account pays, so timing tells nothing
            knownAddress.fire(new RegistrationWithKnownAddress(owner.get().getId()));
            return Outcome.CHECK_YOUR_EMAIL;
        }
        Account account = accounts.register(registration);
        confirmations.awaitConfirmation(account.getId());
        return Outcome.CHECK_YOUR_EMAIL;
    }
}
