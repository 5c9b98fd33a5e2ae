package org.peersupport.portal.mentoring.chat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.peersupport.portal.mentoring.ChatMessagePosted;
import org.peersupport.portal.mentoring.ChatMessagesRead;
import org.peersupport.portal.mentoring.MentorshipEnded;

/**
 * Carries chat events to every instance of the portal: after the transaction commits, each event
 * is published on a Hazelcast topic of Payara's own cluster, and every instance (this one too)
 * hands what it hears to {@link ChatDelivery} for the sockets it holds. Where Payara runs without
 * Hazelcast, events go straight to this instance's sockets.
 * <p>
 * Delivery happens on the thread that hears the event, in publication order, and does no
 * database work: a notice carries the message as each side sees it. (Handing it to a managed
 * executor from a Hazelcast thread ran it with no component invocation, so the @Transactional
 * look-up it did failed with AS-JTA-00003 and the message never reached the socket.)
 */
@ApplicationScoped
public class ChatRelay {

    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());
    static final String TOPIC = "portal-mentor-chat";

    @Inject
    private ChatDelivery delivery;

    /** The application's class loader, for JSON-P and logging on Hazelcast's threads. */
    private ClassLoader application;

    private ITopic<String> topic;
    private UUID listener;

    @PostConstruct
    void subscribe() {
        try {
            HazelcastInstance hazelcast = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            topic = hazelcast.getTopic(TOPIC);
            application = Thread.currentThread().getContextClassLoader();
            // Hazelcast calls listeners on one of its own threads per topic, in order: deliver right there.
            listener = topic.addMessageListener(message -> deliverHere(message.getMessageObject()));
        } catch (NamingException | RuntimeException noCluster) {
            LOG.warning("Chat relay: no Hazelcast (" + noCluster + "); chat events reach this instance's sockets only.");
            topic = null;
        }
    }

    /** Subscribes at start-up, before any event, so an instance hears messages even if nobody here ever sends one. */
    void started(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine(() -> "Chat relay on topic " + (topic == null ? "(none)" : topic.getName()));
    }

    @PreDestroy
    void unsubscribe() {
        if (topic != null && listener != null) {
            try {
                topic.removeMessageListener(listener);
            } catch (RuntimeException shuttingDown) {
                LOG.fine(() -> "Chat relay: " + shuttingDown);
            }
        }
    }

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatMessagePosted event) {
        publish(ChatDelivery.postedNotice(event, ChatSockets.sendingSocket()));
    }

    void read(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatMessagesRead event) {
        publish(ChatJson.JSON.createObjectBuilder().add("event", ChatDelivery.READ).add("mentorship", event.mentorshipId())
                .add("reader", event.readerId()).add("other", event.otherId()).add("upTo", event.lastReadId())
                .add("origin", ChatSockets.sendingSocket() == null ? "" : ChatSockets.sendingSocket()).build().toString());
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) MentorshipEnded event) {
        publish(ChatJson.JSON.createObjectBuilder().add("event", ChatDelivery.ENDED).add("mentorship", event.mentorshipId())
                .add("mentor", event.mentorId()).add("mentee", event.menteeId()).build().toString());
    }

    private void publish(String notice) {
        if (topic != null) {
            topic.publish(notice);
        } else {
            deliverHere(notice);
        }
    }

    private void deliverHere(String notice) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (application != null) {
            thread.setContextClassLoader(application);
        }
        try {
            delivery.deliver(notice);
        } catch (RuntimeException failed) {
            // Sockets that miss this catch up from the database when they reconnect.
            LOG.log(Level.WARNING, "Chat relay: could not deliver " + notice.length() + " characters of notice", failed);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
