package org.peersupport.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.persistence.RecentReads;
import org.peersupport.portal.shared.web.PortalAddress;

/**
 * The one way features tell people things.
 *
 * <p>{@link #notify} joins the caller's transaction: the notice and its e-mail are written with the
 * change that causes them, so both commit or neither does (a transactional outbox). The e-mail is
 * sent later by {@link EmailOutbox}; reminders of future events go through {@link ReminderService}.
 * Example, inside a service method that promotes someone from a waitlist:
 *
 * <pre>{@code notifications.notify(memberId, NotificationKind.WAITLIST_PROMOTED, "/workshops/42", List.of());}</pre>
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    /**
     * The bell asks for the unread count on every signed-in page. A notice written or read on this
     * instance is counted at once; one written on another instance of a cluster within this window.
     */
    static final Duration UNREAD_TRUSTED = Duration.ofSeconds(10);

    private final RecentReads<Long, Long> recentUnread = new RecentReads<>(UNREAD_TRUSTED, 10_000);

    @Inject
    private Event<UnreadChanged> unreadChanged;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private PortalAddress portal;

    @Inject
    private Clock clock;

    /**
     * Notifies member {@code recipientId} of a {@code kind} of thing, found at {@code link} (a path
     * of the portal), as the member's preferences say: in the portal, also by e-mail (held during
     * their quiet hours unless the kind is urgent), or not at all. {@code params} fill the kind's text.
     */
    public void notify(long recipientId, NotificationKind kind, String link, List<String> params) {
        Instant now = clock.instant();
        Channel channel = channelFor(recipientId, kind);
        if (channel.inApp()) {
            em.persist(new Notification(recipientId, kind, link, params, now));
            unreadChanged.fire(new UnreadChanged(recipientId));
        }
        if (channel.email()) {
            Account recipient = accounts.getAccount(recipientId);
            Instant sendableFrom = kind.ignoresQuietHours() ? now
                    : settingsOf(recipientId).quietHoursIn(recipient.getTimeZone()).map(q -> q.sendableFrom(now)).orElse(now);
            RenderedMail rendered = MailTemplates.render(kind, params, recipient.getDisplayName(),
                    recipient.getLanguage(), recipient.getTimeZone(), portal.baseUrl(), link);
            em.persist(new OutboxMessage(recipientId, recipient.getEmail(), rendered, now, sendableFrom));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadCount(long recipientId) {
        return recentUnread.get(recipientId, id -> em.createNamedQuery(Notification.COUNT_UNREAD, Long.class)
                .setParameter("recipient", id).getSingleResult());
    }

    /** Once the change is committed (or rolled back), the count is read again. */
    void forgetUnread(@Observes(during = TransactionPhase.AFTER_COMPLETION) UnreadChanged changed) {
        recentUnread.forget(changed.recipientId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long recipientId) {
        return em.createNamedQuery(Notification.COUNT, Long.class)
                .setParameter("recipient", recipientId).getSingleResult();
    }

    /** Newest first, one page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> page(long recipientId, int first, int size) {
        return em.createNamedQuery(Notification.PAGE, Notification.class)
                .setParameter("recipient", recipientId)
                .setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    /** Marks one of the member's own notices read; another member's id changes nothing. */
    public void markRead(long recipientId, long notificationId) {
        markRead(recipientId, Long.valueOf(notificationId));
    }

    public void markAllRead(long recipientId) {
        markRead(recipientId, null);
    }

    private void markRead(long recipientId, Long notificationId) {
        em.createNamedQuery(Notification.MARK_READ)
                .setParameter("now", clock.instant())
                .setParameter("recipient", recipientId)
                .setParameter("id", notificationId)
                .executeUpdate();
        unreadChanged.fire(new UnreadChanged(recipientId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<NotificationKind, Channel> channels(long accountId) {
        Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            channels.put(kind, kind.defaultChannel());
        }
        em.createNamedQuery(NotificationPreference.OF_ACCOUNT, NotificationPreference.class)
                .setParameter("account", accountId).getResultList()
                .forEach(p -> channels.put(p.getKind(), p.getChannel()));
        return channels;
    }

    public void choose(long accountId, NotificationKind kind, Channel channel) {
        NotificationPreference preference = em.find(NotificationPreference.class,
                new NotificationPreference.Key(accountId, kind));
        if (preference == null) {
            em.persist(new NotificationPreference(accountId, kind, channel));
        } else {
            preference.choose(channel);
        }
    }

    /** The settings page's save: every channel and the quiet hours together, or nothing. */
    public void saveSettings(long accountId, Map<NotificationKind, Channel> chosen, LocalTime quietStart, LocalTime quietEnd) {
        chosen.forEach((kind, channel) -> choose(accountId, kind, channel));
        quietHours(accountId, quietStart, quietEnd);
    }

    /** Sets (or, with nulls, clears) the member's quiet hours, in their own time zone. */
    public void quietHours(long accountId, LocalTime start, LocalTime end) {
        NotificationSettings settings = em.find(NotificationSettings.class, accountId);
        if (settings == null) {
            settings = new NotificationSettings(accountId);
            em.persist(settings);
        }
        settings.quietHours(start, end);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationSettings settingsOf(long accountId) {
        NotificationSettings settings = em.find(NotificationSettings.class, accountId);
        return settings == null ? new NotificationSettings(accountId) : settings;
    }

    private Channel channelFor(long recipientId, NotificationKind kind) {
        if (kind.ignoresQuietHours()) {
            return kind.defaultChannel(); // someone may be in crisis: no preference silences it
        }
        NotificationPreference preference = em.find(NotificationPreference.class,
                new NotificationPreference.Key(recipientId, kind));
        return preference == null ? kind.defaultChannel() : preference.getChannel();
    }
}
