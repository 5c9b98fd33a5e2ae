-- Cohorts: one group running one published curriculum version, with its dated sessions and its
-- members. The cohort row is locked while a place is taken, so capacity holds under concurrency.
CREATE TABLE cohort (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id        BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    capacity          INT           NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    location          VARCHAR(500)  NOT NULL,
    enrolment_mode    VARCHAR(16)   NOT NULL,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    INDEX ix_cohort_mode (enrolment_mode),
    CONSTRAINT fk_cohort_version FOREIGN KEY (version_id) REFERENCES curriculum_version (id),
    CONSTRAINT fk_cohort_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_facilitator (
    cohort_id         BIGINT        NOT NULL,
    account_id        BIGINT        NOT NULL,
    PRIMARY KEY (cohort_id, account_id),
    INDEX ix_cohort_facilitator_account (account_id),
    CONSTRAINT fk_cohort_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_cohort_facilitator_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE cohort_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    session_number    INT           NOT NULL,
    starts_at         DATETIME(3)   NOT NULL,
    duration_minutes  INT           NOT NULL,
    cancelled         BOOLEAN       NOT NULL DEFAULT FALSE,
    sequence          INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uq_cohort_session_number (cohort_id, session_number),
    INDEX ix_cohort_session_start (starts_at),
    CONSTRAINT fk_cohort_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE enrolment (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL,
    member_id         BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_enrolment_member (cohort_id, member_id),
    INDEX ix_enrolment_member (member_id, status),
    CONSTRAINT fk_enrolment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
    CONSTRAINT fk_enrolment_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
