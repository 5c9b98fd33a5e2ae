-- Group-therapy curricula written by facilitators. The draft (curriculum + curriculum_session) is
-- edited freely; publishing copies it into an immutable numbered version, so a programme running
-- on version N never changes under its group when the draft is edited afterwards.
CREATE TABLE curriculum (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_id          BIGINT        NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    audience          VARCHAR(300)  NOT NULL,
    description       TEXT          NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    updated_at        DATETIME(3)   NOT NULL,
    latest_version    INT           NOT NULL DEFAULT 0,
    version           BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_curriculum_owner (owner_id, updated_at),
    INDEX ix_curriculum_published (latest_version),
    CONSTRAINT fk_curriculum_owner FOREIGN KEY (owner_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE curriculum_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    curriculum_id     BIGINT        NOT NULL,
    session_number    INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    topic             VARCHAR(300)  NOT NULL,
    psychoeducation   TEXT          NOT NULL,
    exercises         TEXT          NOT NULL,
    homework          TEXT          NOT NULL,
    INDEX ix_curriculum_session_order (curriculum_id, session_number),
    CONSTRAINT fk_curriculum_session_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE curriculum_version (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    curriculum_id     BIGINT        NOT NULL,
    version_number    INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    audience          VARCHAR(300)  NOT NULL,
    description       TEXT          NOT NULL,
    published_at      DATETIME(3)   NOT NULL,
    published_by      BIGINT        NOT NULL,
    UNIQUE KEY uq_curriculum_version_number (curriculum_id, version_number),
    CONSTRAINT fk_curriculum_version_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id),
    CONSTRAINT fk_curriculum_version_publisher FOREIGN KEY (published_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE curriculum_version_session (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version_id        BIGINT        NOT NULL,
    session_number    INT           NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    topic             VARCHAR(300)  NOT NULL,
    psychoeducation   TEXT          NOT NULL,
    exercises         TEXT          NOT NULL,
    homework          TEXT          NOT NULL,
    UNIQUE KEY uq_curriculum_version_session (version_id, session_number),
    CONSTRAINT fk_curriculum_version_session_version FOREIGN KEY (version_id) REFERENCES curriculum_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
