package org.peersupport.portal.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One session of a draft curriculum, at its place in the order (numbered from 1). */
@Entity
@Table(name = "curriculum_session")
public class CurriculumSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "curriculum_id", nullable = false, updatable = false)
    private Curriculum curriculum;

    @Column(name = "session_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String psychoeducation;

    @Column(nullable = false)
    private String exercises;

    @Column(nullable = false)
    private String homework;

    protected CurriculumSession() {
    }

    CurriculumSession(Curriculum curriculum, int number, SessionContent content) {
        this.curriculum = curriculum;
        this.number = number;
        write(content);
    }

    void write(SessionContent content) {
        SessionContent clean = content.normalised();
        title = clean.title();
        topic = clean.topic();
        psychoeducation = clean.psychoeducation();
        exercises = clean.exercises();
        homework = clean.homework();
    }

    void renumber(int number) {
        this.number = number;
    }

    public SessionContent content() {
        return new SessionContent(title, topic, psychoeducation, exercises, homework);
    }

    public Long getId() {
        return id;
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
