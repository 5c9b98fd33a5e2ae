package org.peersupport.portal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peersupport.portal.account.Account;
import org.peersupport.portal.account.AccountService;
import org.peersupport.portal.shared.NotFoundException;
import org.peersupport.portal.shared.NotPermittedException;
import org.peersupport.portal.shared.audit.AuditEntry;
import org.peersupport.portal.shared.audit.AuditTrail;
import org.peersupport.portal.testsupport.Deployments;
import org.peersupport.portal.testsupport.TestPeople;

/** Curriculum authoring inside Payara Micro against MariaDB: versions, copies and who may edit. */
@ExtendWith(ArquillianExtension.class)
class CurriculumServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(CurriculumServiceIT.class, TestPeople.class);
    }

    @Inject
    private CurriculumService curricula;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    @Test
    void publishingFreezesAVersionThatLaterDraftEditsNeverRewrite() {
        Account facilitator = facilitator();
        Curriculum draft = curricula.create(facilitator.getId(), details("Managing anxiety"));
        draft = curricula.addSession(facilitator.getId(), draft.getId(), session("Understanding anxiety"));
        draft = curricula.addSession(facilitator.getId(), draft.getId(), session("Breathing and grounding"));

        CurriculumVersion first = curricula.publish(facilitator.getId(), draft.getId());
        assertThat(first.getNumber()).isEqualTo(1);

        long firstSession = draft.getSessions().get(0).getId();
        curricula.editSession(facilitator.getId(), draft.getId(), firstSession,
                new SessionContent("What anxiety does", "The body's alarm", "Rewritten", "", ""));
        curricula.moveSessionDown(facilitator.getId(), draft.getId(), firstSession);
        curricula.editDetails(facilitator.getId(), draft.getId(), details("Anxiety skills"));
        draft = curricula.addSession(facilitator.getId(), draft.getId(), session("Facing fears step by step"));
        assertThat(draft.getSessions()).extracting(CurriculumSession::getTitle)
                .containsExactly("Breathing and grounding", "What anxiety does", "Facing fears step by step");

        CurriculumVersion stored = curricula.version(facilitator.getId(), first.getId());
        assertThat(stored.getTitle()).isEqualTo("Managing anxiety");
        assertThat(stored.getSessions()).extracting(CurriculumVersionSession::getTitle)
                .containsExactly("Understanding anxiety", "Breathing and grounding");
        assertThat(stored.getSessions().get(0).getPsychoeducation()).isEqualTo("About **Understanding anxiety**.");

        CurriculumVersion second = curricula.publish(facilitator.getId(), draft.getId());
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(curricula.versionsOf(facilitator.getId(), draft.getId())).extracting(CurriculumVersion::getNumber).containsExactly(2, 1);
        assertThat(curricula.published()).anyMatch(p -> p.version().getId().equals(second.getId()))
                .noneMatch(p -> p.version().getId().equals(first.getId()));
        assertThat(audit.entriesFor(CurriculumService.SUBJECT_CURRICULUM, draft.getId(), 20)).extracting(AuditEntry::getAction)
                .contains("CURRICULUM_CREATED", "CURRICULUM_SESSION_ADDED", "CURRICULUM_SESSION_MOVED", "CURRICULUM_PUBLISHED");
    }

    @Test
    void theOwnerCopiesTheDraftAndAnotherFacilitatorCopiesTheLatestVersion() {
        Account owner = facilitator();
        Account colleague = facilitator();
        Curriculum draft = curricula.create(owner.getId(), details("Sleep well"));
        draft = curricula.addSession(owner.getId(), draft.getId(), session("How sleep works"));
        long id = draft.getId();
        assertThatThrownBy(() -> curricula.duplicate(colleague.getId(), id, CurriculumService.COPY_TITLE))
                .as("an unpublished draft is not shared").isInstanceOf(NotFoundException.class);

        CurriculumVersion first = curricula.publish(owner.getId(), id);
        curricula.addSession(owner.getId(), id, session("Wind-down routines"));
        curricula.publish(owner.getId(), id);
        Curriculum fromFirstVersion = curricula.duplicateVersion(colleague.getId(), first.getId(), CurriculumService.COPY_TITLE);
        assertThat(fromFirstVersion.getSessions()).extracting(CurriculumSession::getTitle).containsExactly("How sleep works");
        curricula.addSession(owner.getId(), id, session("Worry and sleep"));

        Curriculum ownersCopy = curricula.duplicate(owner.getId(), id, CurriculumService.COPY_TITLE);
        assertThat(ownersCopy.getTitle()).isEqualTo("Copy of Sleep well");
        assertThat(ownersCopy.getSessions()).extracting(CurriculumSession::getTitle)
                .containsExactly("How sleep works", "Wind-down routines", "Worry and sleep");

        Curriculum colleaguesCopy = curricula.duplicate(colleague.getId(), id, CurriculumService.COPY_TITLE);
        assertThat(colleaguesCopy.getOwnerId()).isEqualTo(colleague.getId());
        assertThat(colleaguesCopy.isPublished()).isFalse();
        assertThat(colleaguesCopy.getSessions()).extracting(CurriculumSession::getTitle).containsExactly("How sleep works", "Wind-down routines");
        assertThat(curricula.ownedBy(colleague.getId())).extracting(Curriculum::getId)
                .containsExactlyInAnyOrder(colleaguesCopy.getId(), fromFirstVersion.getId());

        curricula.addSession(colleague.getId(), colleaguesCopy.getId(), session("Worry time"));
        assertThat(curricula.draft(owner.getId(), id).getSessions()).hasSize(3);
    }

    @Test
    void onlyTheOwnerOrAnAdminEditsAndPlainMembersCannotAuthorAtAll() {
        Account owner = facilitator();
        Account colleague = facilitator();
        Account member = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        Curriculum draft = curricula.create(owner.getId(), details("Self-compassion"));
        long id = curricula.addSession(owner.getId(), draft.getId(), session("The inner critic")).getId();
        long sessionId = curricula.draft(owner.getId(), id).getSessions().get(0).getId();

        assertThatThrownBy(() -> curricula.editDetails(colleague.getId(), id, details("Taken over")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.addSession(colleague.getId(), id, session("Extra"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.removeSession(colleague.getId(), id, sessionId)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.publish(colleague.getId(), id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.editDetails(member.getId(), id, details("Mine now"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.create(member.getId(), details("A member's own"))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.draft(colleague.getId(), id)).isInstanceOf(NotFoundException.class);

        CurriculumVersion version = curricula.publish(owner.getId(), id);
        assertThat(curricula.version(colleague.getId(), version.getId()).getSessions()).hasSize(1);
        assertThatThrownBy(() -> curricula.version(member.getId(), version.getId())).isInstanceOf(NotPermittedException.class);

        Account admin = accounts.register(TestPeople.newRegistration("Europe/London", "en"));
        accounts.grantAdminAtStartup(admin.getEmail());
        curricula.editDetails(admin.getId(), id, details("Self-compassion, revised"));
        assertThat(curricula.draft(owner.getId(), id).getTitle()).isEqualTo("Self-compassion, revised");
        assertThat(curricula.draft(owner.getId(), id).getSessions()).extracting(CurriculumSession::getTitle).containsExactly("The inner critic");
    }

    @Test
    void handoutsPrintEveryPublishedSessionForWhoeverMayReadTheVersionAndNobodyElse() throws Exception {
        Account owner = facilitator();
        Account colleague = facilitator();
        Account member = accounts.register(TestPeople.newRegistration("Europe/Madrid", "es"));
        Curriculum draft = curricula.create(owner.getId(), details("Dormir mejor"));
        draft = curricula.addSession(owner.getId(), draft.getId(), new SessionContent("Cómo funciona el sueño", "El reloj interno",
                "La **rutina** ayuda: acuéstate y levántate a la misma hora.", "Anota tus horas de sueño.", "Practica la relajación."));
        draft = curricula.addSession(owner.getId(), draft.getId(), session("Worry and sleep"));
        CurriculumVersion version = curricula.publish(owner.getId(), draft.getId());
        curricula.editSession(owner.getId(), draft.getId(), draft.getSessions().get(0).getId(),
                new SessionContent("Rewritten later", "Later", "Not in version 1.", "", ""));
        HandoutPdf.Labels spanish = new HandoutPdf.Labels(java.util.Locale.forLanguageTag("es"), "Sesión {0}", "Versión {0}",
                "A quién va dirigido", "Sesiones", "Tema", "Psicoeducación", "Ejercicios", "Tareas para casa", "Página {0} de {1}");

        CurriculumService.Handouts handouts = curricula.handouts(colleague.getId(), version.getId(), spanish);
        assertThat(handouts.title()).isEqualTo("Dormir mejor");
        assertThat(handouts.versionNumber()).isEqualTo(1);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(handouts.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Dormir mejor", "Versión 1", "Sesión 1",
                    "Cómo funciona el sueño", "El reloj interno", "La rutina ayuda: acuéstate y levántate a la misma hora.",
                    "Anota tus horas de sueño.", "Practica la relajación.", "Sesión 2", "Worry and sleep", "Página 3 de 3")
                    .as("the version as published, not the draft since").doesNotContain("Rewritten later");
        }
        assertThat(curricula.handouts(owner.getId(), version.getId(), spanish).pdf()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> curricula.handouts(member.getId(), version.getId(), spanish)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> curricula.handouts(owner.getId(), Long.MAX_VALUE, spanish)).isInstanceOf(NotFoundException.class);
    }

    private Account facilitator() {
        return TestPeople.newFacilitator(accounts);
    }

    private static CurriculumDetails details(String title) {
        return new CurriculumDetails(title, "Adults on the waiting list for therapy", "A short skills group.");
    }

    private static SessionContent session(String title) {
        return new SessionContent(title, "Topic of " + title, "About **" + title + "**.", "Try it in pairs.", "Practise once a day.");
    }
}
