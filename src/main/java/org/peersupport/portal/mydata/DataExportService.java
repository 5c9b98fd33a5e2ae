package org.peersupport.portal.mydata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.notification.NotificationKind;
import org.peersupport.portal.notification.NotificationService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.export.PersonalDataSource;

/**
 * A member's export of their data (GDPR art. 20): asked for on the "Your data" page, made in the
 * background from every feature's {@link PersonalDataSource}, then downloadable by that member only
 * for 24 hours, and deleted after.
 */
@ApplicationScoped
@Transactional
public class DataExportService {

    public static final String MY_DATA = "/member/my-data.xhtml";

    private static final JsonGeneratorFactory PRETTY = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private Instance<PersonalDataSource> sources;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationService notifications;

    @Inject
    private Clock clock;

    /**
     * Asks for a new export; while one is still being made, that one is the answer (asking twice
     * makes one). Earlier exports are deleted: only the newest is kept.
     */
    public ExportState request(long memberId) {
        Instant now = clock.instant();
        Optional<DataExport> pending = em.createQuery("SELECT e FROM DataExport e WHERE e.memberId = :member AND e.status = :pending",
                DataExport.class).setParameter("member", memberId).setParameter("pending", ExportStatus.PENDING).getResultList().stream()
                .findFirst();
        if (pending.isPresent() && !pending.get().isLost(now)) {
            return latest(memberId).orElseThrow();
        }
        pending.ifPresent(DataExport::fail);
        em.flush();
        em.createQuery("DELETE FROM DataExport e WHERE e.memberId = :member").setParameter("member", memberId).executeUpdate();
        DataExport export = new DataExport(memberId, now);
        em.persist(export);
        em.flush(); // the unique pending key refuses a second one asked for at the same moment
        return latest(memberId).orElseThrow();
    }

    /** The member's newest export, if any; one query, without the file. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExportState> latest(long memberId) {
        return em.createQuery("SELECT NEW org.peersupport.portal.mydata.ExportState(e.id, e.status, e.requestedAt, e.expiresAt, e.fileSize)"
                + " FROM DataExport e WHERE e.memberId = :member ORDER BY e.requestedAt DESC, e.id DESC", ExportState.class)
                .setParameter("member", memberId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The ZIP of export {@code exportId} if it is {@code memberId}'s, ready and not expired; anything else is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] file(long memberId, long exportId) {
        return em.createQuery("SELECT e.file FROM DataExport e WHERE e.id = :id AND e.memberId = :member AND e.status = :ready"
                + " AND e.expiresAt > :now", byte[].class).setParameter("id", exportId).setParameter("member", memberId)
                .setParameter("ready", ExportStatus.READY).setParameter("now", clock.instant()).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("export " + exportId));
    }

    /** The exports waiting to be made, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> pendingIds() {
        return em.createQuery("SELECT e.id FROM DataExport e WHERE e.status = :pending ORDER BY e.requestedAt", Long.class)
                .setParameter("pending", ExportStatus.PENDING).getResultList();
    }

    /** Makes the ZIP of a pending export and tells its member; run by {@link ExportTimers}. */
    public void build(long exportId) {
        // The row lock makes another instance's timer wait here, then find the export made.
        DataExport export = em.find(DataExport.class, exportId, LockModeType.PESSIMISTIC_WRITE);
        if (export == null || export.getStatus() != ExportStatus.PENDING) {
            return; // made by another instance, asked again or deleted meanwhile
        }
        Account member = accounts.getAccount(export.getMemberId());
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, JsonObject> parsed = new LinkedHashMap<>();
        List<PersonalDataSource> ordered = sources.stream().sorted(Comparator.comparing(PersonalDataSource::kind)).toList();
        for (PersonalDataSource source : ordered) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = PRETTY.createGenerator(text)) {
                json.writeStartObject();
                source.write(member.getId(), json);
                json.writeEnd();
            }
            files.put(source.kind(), text.toString());
            try (JsonReader reader = Json.createReader(new StringReader(text.toString()))) {
                parsed.put(source.kind(), reader.readObject());
            }
        }
        Instant now = clock.instant();
        String index = ExportIndex.render(parsed, member.getDisplayName(), now, member.getLanguage(), member.getTimeZone());
        export.ready(ExportArchive.zip(files, index), now);
        notifications.notify(member.getId(), NotificationKind.DATA_EXPORT_READY, MY_DATA, List.of());
    }

    /** Making export {@code exportId} failed: the member sees so and may ask again. */
    public void fail(long exportId) {
        Optional.ofNullable(em.find(DataExport.class, exportId)).filter(e -> e.getStatus() == ExportStatus.PENDING).ifPresent(DataExport::fail);
    }

    /** Deletes exports past their 24 hours (file and row) and failed ones; returns how many. */
    public int deleteExpired() {
        Instant now = clock.instant();
        return em.createQuery("DELETE FROM DataExport e WHERE (e.status = :ready AND e.expiresAt <= :now)"
                + " OR (e.status = :failed AND e.requestedAt <= :old)").setParameter("ready", ExportStatus.READY).setParameter("now", now)
                .setParameter("failed", ExportStatus.FAILED).setParameter("old", now.minus(DataExport.VALID_FOR)).executeUpdate();
    }
}
