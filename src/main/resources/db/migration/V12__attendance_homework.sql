-- Attendance, homework and programme completion for cohort members. One row per session and
-- member in attendance and homework (upserted); one completion per member and cohort, so the
-- ProgrammeCompleted event is fired once.
CREATE TABLE attendance (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_session_id BIGINT        NOT NULL,
    member_id         BIGINT        NOT NULL,
    mark              VARCHAR(16)   NOT NULL,
    marked_by         BIGINT        NOT NULL,
    marked_at         DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_attendance_member (cohort_session_id, member_id),
    INDEX ix_attendance_member (member_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (cohort_session_id) REFERENCES cohort_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_attendance_marker FOREIGN KEY (marked_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE homework (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_session_id BIGINT        NOT NULL,
    member_id         BIGINT        NOT NULL,
    done_at           DATETIME(3)   NULL,
    reflection        TEXT          NULL,
    updated_at        DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_homework_member (cohort_session_id, member_id),
    INDEX ix_homework_member (member_id),
    CONSTRAINT fk_homework_session FOREIGN KEY (cohort_session_id) REFERENCES cohort_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_homework_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE programme_completion (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    member_id         BIGINT        NOT NULL,
    version_id        BIGINT        NOT NULL,
    completed_at      DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_completion_member (cohort_id, member_id),
    INDEX ix_completion_member (member_id),
    CONSTRAINT fk_completion_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_completion_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
