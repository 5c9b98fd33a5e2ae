package org.peersupport.portal.curriculum;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One session of a published version, frozen with it. */
@Entity
@Cacheable // never changes once written, so every instance may keep it
@Table(name = "curriculum_version_session")
public class CurriculumVersionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", nullable = false, updatable = false)
    private CurriculumVersion version;

    @Column(name = "session_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String topic;

    @Column(nullable = false, updatable = false)
    private String psychoeducation;

    @Column(nullable = false, updatable = false)
    private String exercises;

    @Column(nullable = false, updatable = false)
    private String homework;

    protected CurriculumVersionSession() {
    }

    CurriculumVersionSession(CurriculumVersion version, int number, SessionContent content) {
        this.version = version;
        this.number = number;
        this.title = content.title();
        this.topic = content.topic();
        this.psychoeducation = content.psychoeducation();
        this.exercises = content.exercises();
        this.homework = content.homework();
    }

    public SessionContent content() {
        return new SessionContent(title, topic, psychoeducation, exercises, homework);
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public String getPsychoeducation() {
        return psychoeducation;
    }

    public String getExercises() {
        return exercises;
    }

    public String getHomework() {
        return homework;
    }
}
