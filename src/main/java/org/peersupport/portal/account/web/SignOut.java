package org.peersupport.portal.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The sign-out button in the header (a POST, so no other site can sign a member out). */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("index.xhtml?signedOut=true");
    }
}
