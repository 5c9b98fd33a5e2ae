package org.peersupport.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.peersupport.portal.shared.persistence.DatabaseFailure;

/**
 * Jakarta Security's view of the accounts table. The caller name is the account id, so nothing
 * personal (such as the e-mail) travels as the principal.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private UnavailableSignIn unavailable;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<Account> account;
        try {
            if (credential instanceof UsernamePasswordCredential login) {
                account = accounts.verifyCredentials(login.getCaller(), login.getPasswordAsString());
            } else {
                return CredentialValidationResult.NOT_VALIDATED_RESULT;
            }
        } catch (RuntimeException e) {
            if (!DatabaseFailure.isUnavailable(e)) {
                throw e;
            }
            unavailable.databaseUnavailable();
            return CredentialValidationResult.INVALID_RESULT;
        }
        return account
                .map(a -> new CredentialValidationResult(a.getId().toString(),
                        a.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
