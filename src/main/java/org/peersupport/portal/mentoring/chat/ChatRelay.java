package org.peersupport.portal.mentoring.chat;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.UUID;
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
 */
@ApplicationScoped
public class ChatRelay {

    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());
    static final String TOPIC = "portal-mentor-chat";

    @Inject
    private ChatDelivery delivery;

    @Resource
    private ManagedExecutorService executor;

    private ITopic<String> topic;
    private UUID listener;

    @PostConstruct
    void subscribe() {
        try {
            HazelcastInstance hazelcast = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            topic = hazelcast.getTopic(TOPIC);
            // Hazelcast calls listeners on its own threads: delivery needs the container's (JPA, CDI).
            listener = topic.addMessageListener(message -> executor.execute(() -> delivery.deliver(message.getMessageObject())));
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
        publish(Json.createObjectBuilder().add("event", ChatDelivery.POSTED).add("mentorship", event.mentorshipId())
                .add("message", event.messageId()).add("sender", event.senderId()).add("recipient", event.recipientId())
                .build().toString());
    }

    void read(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatMessagesRead event) {
        publish(Json.createObjectBuilder().add("event", ChatDelivery.READ).add("mentorship", event.mentorshipId())
                .add("reader", event.readerId()).add("other", event.otherId()).add("upTo", event.lastReadId())
                .build().toString());
    }

    void ended(@Observes(during = TransactionPhase.AFTER_SUCCESS) MentorshipEnded event) {
        publish(Json.createObjectBuilder().add("event", ChatDelivery.ENDED).add("mentorship", event.mentorshipId())
                .add("mentor", event.mentorId()).add("mentee", event.menteeId()).build().toString());
    }

    private void publish(String notice) {
        if (topic != null) {
            topic.publish(notice);
        } else {
            executor.execute(() -> delivery.deliver(notice));
        }
    }
}
