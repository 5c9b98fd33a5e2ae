package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where e-mail goes, from configuration: an SMTP server when PORTAL_SMTP_HOST is set (with
 * PORTAL_SMTP_PORT, _USER, _PASSWORD, _STARTTLS), otherwise .eml files in PORTAL_MAIL_FOLDER.
 */
@ApplicationScoped
public class MailConfiguration {

    private static final Logger LOG = Logger.getLogger(MailConfiguration.class.getName());

    @Inject
    @ConfigProperty(name = "portal.smtp.host")
    private Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "portal.smtp.port", defaultValue = "25")
    private int smtpPort;

    @Inject
    @ConfigProperty(name = "portal.smtp.user")
    private Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "portal.smtp.password")
    private Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "portal.smtp.starttls", defaultValue = "false")
    private boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "no-reply@peersupport.example")
    private String from;

    @Inject
    @ConfigProperty(name = "portal.mail.folder", defaultValue = "peer-support-mail")
    private String folder;

    @Produces
    @ApplicationScoped
    MailTransport configuredTransport() {
        if (smtpHost.filter(h -> !h.isBlank()).isPresent()) {
            LOG.info(() -> "E-mail goes to SMTP server " + smtpHost.get() + ":" + smtpPort);
            return new SmtpMailTransport(smtpHost.get(), smtpPort, smtpUser.orElse(null), smtpPassword.orElse(""),
                    startTls, from, "Peer Support Portal");
        }
        Path path = Path.of(folder).toAbsolutePath();
        LOG.info(() -> "No SMTP server configured: e-mail is written as .eml files to " + path);
        return new FolderMailTransport(path, from);
    }
}
