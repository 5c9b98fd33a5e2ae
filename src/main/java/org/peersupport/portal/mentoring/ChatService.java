package org.peersupport.portal.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peersupport.portal.account.Access;
import org.peersupport.portal.account.AccountStanding;
import org.peersupport.portal.account.Role;
import org.peersupport.portal.moderation.ModerationService;
import org.peersupport.portal.moderation.ScreeningResult;
import org.peersupport.portal.moderation.StoredText;
import org.peersupport.portal.moderation.TextScreening;
import org.peersupport.portal.moderation.Writing;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.shared.persistence.MultiRowUpsert;

/**
 * The chat between a mentor and their mentee: every message passes the moderation check, is
 * stored, and is announced by {@link ChatMessagePosted} for the live transport. Only the two of
 * them can read it; moderators read it only through {@link #reveal}, which is audited. Anyone else
 * is answered as if the conversation did not exist.
 */
@ApplicationScoped
@Transactional
public class ChatService {

    private static final String MODERATORS_ONLY = "Only moderators read chats";

    public static final String SUBJECT_MENTORSHIP = "MENTORSHIP";
    public static final String SUBJECT_CHAT_MESSAGE = "CHAT_MESSAGE";
    public static final int PAGE_SIZE = 30;
    /** The concern a delivered look-soon message raises for moderators. */
    public static final String LOOK_SOON_REASON = "moderation.reason.lookSoon";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TextScreening screening;

    @Inject
    private Access access;

    @Inject
    private AccountStanding standing;

    @Inject
    private AuditTrail audit;

    @Inject
    private ChatClearances clearances;

    @Inject
    private ChatReadMarks readMarks;

    @Inject
    private Event<ChatMessagePosted> posted;

    @Inject
    private Event<ChatMessagesRead> read;

    /** How far each side has read: {@code unread} for the reader, {@code seenByOther} for their own messages. */
    public record ReadState(long lastRead, long seenByOther, long unread) {}

    /** A held or reported message for the moderators' list: no words, only where and why. */
    public record ChatConcern(long messageId, long mentorshipId, ChatMessage.Status status, String reason, Instant at) {}

    /** The mentorship if {@code accountId} takes part in it; anyone else gets 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Mentorship conversation(long accountId, long mentorshipId) {
        Mentorship mentorship = em.find(Mentorship.class, mentorshipId);
        if (mentorship == null || !mentorship.hasParticipant(accountId)) {
            throw new NotFoundException("conversation " + mentorshipId);
        }
        return mentorship;
    }

    /** Whether {@code accountId} may read this chat: the live transport asks this at the handshake. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean takesPart(long accountId, long mentorshipId) {
        Mentorship mentorship = em.find(Mentorship.class, mentorshipId);
        return mentorship != null && mentorship.hasParticipant(accountId);
    }

    /**
     * Screens and stores a message. Crisis language holds it and raises a crisis alert; a look-soon
     * signal raises a look-soon alert whatever else happens to it; a watched word may hold it for a
     * moderator or ask for a look; a refusal stores nothing.
     */
    public ChatSendResult send(long senderId, long mentorshipId, String text) {
        Long otherId = clearances.otherSide(senderId, mentorshipId, () -> {
            standing.requireActive(senderId);
            Mentorship mentorship = conversation(senderId, mentorshipId);
            return mentorship.isActive() ? mentorship.otherThan(senderId) : null;
        });
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return ChatSendResult.refused("mentoring.chat.empty", List.of());
        }
        if (body.length() > ChatMessage.MAX_LENGTH) {
            return ChatSendResult.refused("mentoring.chat.tooLong", List.of(ChatMessage.MAX_LENGTH));
        }
        if (otherId == null) {
            return ChatSendResult.refused("mentoring.chat.ended", List.of());
        }
        ScreeningResult screened = screening.screen(Writing.chatMessage(senderId, body));
        if (screened.refused()) {
            return ChatSendResult.refused(screened.reasonKey(), screened.arguments());
        }
        ChatMessage.Status status = screened.crisis() ? ChatMessage.Status.HELD_CRISIS
                : screened.held() ? ChatMessage.Status.HELD : ChatMessage.Status.DELIVERED;
        Instant now = clock.instant();
        ChatMessage message = new ChatMessage(mentorshipId, senderId, screened.text(), status, now);
        insert(message);
        // The chat keeps its own concerns for moderators; a look-soon one lets the alert's moderator read around it.
        String concern = status == ChatMessage.Status.HELD ? screened.reasonKey()
                : status == ChatMessage.Status.DELIVERED && screened.flagReasonKey() != null ? screened.flagReasonKey()
                : status == ChatMessage.Status.DELIVERED && screened.lookSoon() ? LOOK_SOON_REASON : null;
        if (concern != null) {
            em.persist(new ChatReport(message.getId(), null, concern, now));
        }
        screening.settle(screened, StoredText.keptBySource(ModerationService.SOURCE_CHAT_MESSAGE, message.getId(), senderId,
                screened.held(), reviewLink(message.getId())));
        // The writer's read mark stays where their page put it: sending says nothing about having
        // received the other's messages, so it must not show "Seen" on them.
        posted.fire(ChatMessagePosted.of(message, otherId));
        return ChatSendResult.of(status, ChatLine.of(message, senderId), screened.lookSoon());
    }

    /**
     * The insert and its id in one statement (MariaDB's RETURNING): persisting would send the
     * insert and then EclipseLink's {@code SELECT LAST_INSERT_ID()}, a second round trip per message.
     */
    private void insert(ChatMessage message) {
        Object id = em.createNativeQuery("INSERT INTO chat_message (mentorship_id, sender_id, body, status, sent_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id").setParameter(1, message.getMentorshipId())
                .setParameter(2, message.getSenderId()).setParameter(3, message.getBody()).setParameter(4, message.getStatus().name())
                .setParameter(5, LocalDateTime.ofInstant(message.getSentAt(), ZoneOffset.UTC)).getSingleResult();
        message.stored(((Number) id).longValue());
    }

    /** Where moderators read a held chat message: always through the audited reveal. */
    public static String reviewLink(long messageId) {
        return "/moderation/chat.xhtml?message=" + messageId;
    }

    /** Up to {@code size} messages before {@code beforeId} (null for the newest), oldest first, as the reader may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatLine> page(long readerId, long mentorshipId, Long beforeId, int size) {
        conversation(readerId, mentorshipId);
        List<ChatMessage> newestFirst = em.createNamedQuery(ChatMessage.PAGE_BEFORE, ChatMessage.class)
                .setParameter("mentorship", mentorshipId).setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(Math.min(Math.max(size, 1), 100)).getResultList();
        List<ChatLine> lines = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ChatMessage message = newestFirst.get(i);
            if (message.getStatus() != ChatMessage.Status.REMOVED || message.getSenderId() == readerId) {
                lines.add(ChatLine.of(message, readerId));
            }
        }
        return lines;
    }

    /**
     * Up to {@code size} messages after {@code afterId}, oldest first, as the reader may see them:
     * a socket that missed some (reconnect, overload) catches up from here, in order.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatLine> after(long readerId, long mentorshipId, long afterId, int size) {
        conversation(readerId, mentorshipId);
        List<ChatLine> lines = new ArrayList<>();
        for (ChatMessage message : em.createNamedQuery(ChatMessage.PAGE_AFTER, ChatMessage.class)
                .setParameter("mentorship", mentorshipId).setParameter("after", afterId)
                .setMaxResults(Math.min(Math.max(size, 1), 100)).getResultList()) {
            if (message.getStatus() != ChatMessage.Status.REMOVED || message.getSenderId() == readerId) {
                lines.add(ChatLine.of(message, readerId));
            }
        }
        return lines;
    }

    /** One message as {@code readerId} may see it: the live transport's way to a message it was told of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChatLine line(long readerId, long messageId) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null) {
            throw new NotFoundException("chat message " + messageId);
        }
        conversation(readerId, message.getMentorshipId());
        return ChatLine.of(message, readerId);
    }

    /**
     * The reader has seen everything up to {@code upToId}; announced at once so the other side shows
     * "seen" (the page keeps the highest), and written behind ({@link ChatReadMarks}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void markRead(long readerId, long mentorshipId, long upToId) {
        Mentorship mentorship = conversation(readerId, mentorshipId);
        readMarks.add(mentorshipId, readerId, upToId);
        read.fire(new ChatMessagesRead(mentorshipId, readerId, mentorship.otherThan(readerId), upToId));
    }

    /** The gathered read marks in one statement; a mark only moves forward (a late one from a second device never un-reads). */
    public void writeReadMarks(List<ChatReadMarks.ReadUpTo> marks) {
        MultiRowUpsert.write(em, marks, "INSERT INTO chat_read_mark (mentorship_id, account_id, last_read_id) VALUES ", "(?, ?, ?)",
                " ON DUPLICATE KEY UPDATE last_read_id = GREATEST(last_read_id, VALUES(last_read_id))",
                mark -> List.of(mark.mentorshipId(), mark.accountId(), mark.messageId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReadState readState(long readerId, long mentorshipId) {
        Mentorship mentorship = conversation(readerId, mentorshipId);
        readMarks.writeMarksOf(mentorshipId);
        ChatReadMark mine = em.find(ChatReadMark.class, new ChatReadMark.Key(mentorshipId, readerId));
        ChatReadMark theirs = em.find(ChatReadMark.class, new ChatReadMark.Key(mentorshipId, mentorship.otherThan(readerId)));
        long unread = unreadCounts(readerId, List.of(mentorshipId)).getOrDefault(mentorshipId, 0L);
        return new ReadState(mine == null ? 0 : mine.getLastReadId(), theirs == null ? 0 : theirs.getLastReadId(), unread);
    }

    /** Unread messages per conversation, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> unreadCounts(long readerId, Collection<Long> mentorshipIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (mentorshipIds.isEmpty()) {
            return counts;
        }
        mentorshipIds.forEach(readMarks::writeMarksOf);
        for (Object[] row : em.createNamedQuery(ChatMessage.UNREAD_COUNTS, Object[].class).setParameter("account", readerId)
                .setParameter("mentorships", mentorshipIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The reader asks a moderator to look at a message they were sent. */
    public void report(long reporterId, long messageId, String reason) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null || !message.isReadableBy(reporterId) || message.getSenderId() == reporterId) {
            throw new NotFoundException("chat message " + messageId);
        }
        conversation(reporterId, message.getMentorshipId());
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A report says why");
        }
        em.persist(new ChatReport(messageId, reporterId, reason.strip(), clock.instant()));
        audit.record(reporterId, MentoringAudit.CHAT_MESSAGE_REPORTED, SUBJECT_CHAT_MESSAGE, messageId, null);
    }

    // ---- moderators ----

    /** Held messages (crisis first) and open reports, without their words: a moderator reveals a chat to read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChatConcern> concerns() {
        List<ChatConcern> concerns = new ArrayList<>();
        for (ChatMessage held : em.createNamedQuery(ChatMessage.HELD, ChatMessage.class).setMaxResults(200).getResultList()) {
            concerns.add(new ChatConcern(held.getId(), held.getMentorshipId(), held.getStatus(),
                    held.getStatus() == ChatMessage.Status.HELD_CRISIS ? ModerationService.CRISIS_REASON : "mentoring.chat.heldReason",
                    held.getSentAt()));
        }
        for (Object[] row : em.createNamedQuery(ChatReport.OPEN, Object[].class).setMaxResults(200).getResultList()) {
            ChatReport report = (ChatReport) row[0];
            ChatMessage message = (ChatMessage) row[1];
            if (!message.isHeld()) {
                concerns.add(new ChatConcern(message.getId(), message.getMentorshipId(), message.getStatus(), report.getReason(),
                        report.getCreatedAt()));
            }
        }
        return concerns;
    }

    /** How far a reveal may go: the messages around a concern, or (admins only) around any message. */
    public enum RevealScope {
        /** The message is held by the safety screen or reported: moderators and admins may read around it. */
        CONCERN,
        /** Neither held nor reported: only an admin may read it, with a reason, audited as such. */
        BEYOND_CONCERN
    }

    public static final String CHAT_REVEALED = MentoringAudit.CHAT_REVEALED.name();
    public static final String CHAT_REVEALED_BEYOND_CONCERN = MentoringAudit.CHAT_REVEALED_BEYOND_CONCERN.name();
    /** The most messages one reveal shows: the message and those just before it. */
    public static final int REVEAL_CONTEXT = 20;

    /**
     * Whether {@code actorId} may reveal the chat around this message, and how. A moderator may
     * read only around a held or reported message; for any other message the answer is 404, as if
     * it did not exist. Members who are not staff are refused.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevealScope revealScope(long actorId, long messageId) {
        return scopeOf(actorId, em.find(ChatMessage.class, messageId), messageId);
    }

    private RevealScope scopeOf(long actorId, ChatMessage message, long messageId) {
        var actor = access.require(actorId, Role.MODERATOR, MODERATORS_ONLY);
        boolean admin = actor.holds(Role.ADMIN);
        if (message == null) {
            throw new NotFoundException("chat message " + messageId);
        }
        if (isConcern(message)) {
            return RevealScope.CONCERN;
        }
        if (admin) {
            return RevealScope.BEYOND_CONCERN;
        }
        throw new NotFoundException("chat message " + messageId + " is neither held nor reported");
    }

    /** Held by the safety screen, or reported and not yet dealt with. */
    private boolean isConcern(ChatMessage message) {
        return message.isHeld() || !em.createQuery("SELECT r.id FROM ChatReport r WHERE r.messageId = :message AND r.status = :open",
                Long.class).setParameter("message", message.getId()).setParameter("open", ChatReport.Status.OPEN)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A moderator reads the conversation up to a held or reported message (at most
     * {@link #REVEAL_CONTEXT} messages), held and removed ones included; every reveal is written to
     * the audit trail with its reason. Around any other message only an admin may read, with a
     * reason, under its own audit action.
     */
    public List<ChatLine> reveal(long moderatorId, long messageId, String why, int size) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        RevealScope scope = scopeOf(moderatorId, message, messageId);
        if (scope == RevealScope.BEYOND_CONCERN && (why == null || why.isBlank())) {
            throw new IllegalArgumentException("A reveal beyond a held or reported message says why");
        }
        audit.record(moderatorId, scope == RevealScope.CONCERN ? MentoringAudit.CHAT_REVEALED : MentoringAudit.CHAT_REVEALED_BEYOND_CONCERN, SUBJECT_MENTORSHIP,
                message.getMentorshipId(), why == null || why.isBlank() ? "message " + messageId : why.strip());
        List<ChatMessage> around = em.createNamedQuery(ChatMessage.PAGE_BEFORE, ChatMessage.class)
                .setParameter("mentorship", message.getMentorshipId()).setParameter("before", messageId + 1)
                .setMaxResults(Math.min(Math.max(size, 1), REVEAL_CONTEXT)).getResultList();
        List<ChatLine> lines = new ArrayList<>();
        for (int i = around.size() - 1; i >= 0; i--) {
            ChatMessage m = around.get(i);
            lines.add(new ChatLine(m.getId(), m.getSenderId(), false, m.getBody(), m.getStatus(), m.getSentAt()));
        }
        return lines;
    }

    /** A held message is fine after all: the other person receives it now. */
    public void release(long moderatorId, long messageId) {
        access.require(moderatorId, Role.MODERATOR, MODERATORS_ONLY);
        ChatMessage message = heldMessage(messageId);
        message.release();
        resolveReports(moderatorId, messageId);
        Mentorship mentorship = em.find(Mentorship.class, message.getMentorshipId());
        audit.record(moderatorId, MentoringAudit.CHAT_MESSAGE_RELEASED, SUBJECT_CHAT_MESSAGE, messageId, null);
        posted.fire(ChatMessagePosted.of(message, mentorship.otherThan(message.getSenderId())));
    }

    /** Takes a message out of the chat for both sides. */
    public void remove(long moderatorId, long messageId, String reason) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        scopeOf(moderatorId, message, messageId); // the same reach as a reveal
        message.remove();
        resolveReports(moderatorId, messageId);
        audit.record(moderatorId, MentoringAudit.CHAT_MESSAGE_REMOVED, SUBJECT_CHAT_MESSAGE, messageId, reason);
    }

    /** Reports looked at and nothing to do. */
    public void dismissReports(long moderatorId, long messageId) {
        access.require(moderatorId, Role.MODERATOR, MODERATORS_ONLY);
        resolveReports(moderatorId, messageId);
        audit.record(moderatorId, MentoringAudit.CHAT_REPORT_DISMISSED, SUBJECT_CHAT_MESSAGE, messageId, null);
    }

    private void resolveReports(long moderatorId, long messageId) {
        Instant now = clock.instant();
        em.createQuery("SELECT r FROM ChatReport r WHERE r.messageId = :message AND r.status = :open", ChatReport.class)
                .setParameter("message", messageId).setParameter("open", ChatReport.Status.OPEN).getResultList()
                .forEach(report -> report.resolve(moderatorId, now));
    }

    private ChatMessage heldMessage(long messageId) {
        ChatMessage message = em.find(ChatMessage.class, messageId);
        if (message == null || !message.isHeld()) {
            throw new NotFoundException("held chat message " + messageId);
        }
        return message;
    }
}
