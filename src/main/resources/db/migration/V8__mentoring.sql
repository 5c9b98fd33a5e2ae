-- Peer mentoring: a member's application to mentor (one row per member, decided by a coordinator),
-- mentee requests, the matching engine's proposals, mentorships with check-ins, and their chat.
CREATE TABLE mentor_profile (
    account_id        BIGINT        NOT NULL PRIMARY KEY,
    status            VARCHAR(20)   NOT NULL,
    areas             VARCHAR(400)  NOT NULL,
    experience_note   VARCHAR(500)  NOT NULL,
    languages         VARCHAR(100)  NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    availability      VARCHAR(500)  NOT NULL,
    capacity          INT           NOT NULL,
    gender            VARCHAR(16)   NULL,
    age_band          VARCHAR(16)   NULL,
    bio               VARCHAR(1000) NOT NULL,
    guidelines_version VARCHAR(20)  NOT NULL,
    submitted_at      DATETIME(3)   NOT NULL,
    decided_at        DATETIME(3)   NULL,
    decided_by        BIGINT        NULL,
    coordinator_note  VARCHAR(1000) NULL,
    paused            BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_mentor_profile_status (status, submitted_at),
    CONSTRAINT fk_mentor_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE mentee_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    needs             VARCHAR(400)  NOT NULL,
    languages         VARCHAR(100)  NOT NULL,
    time_zone         VARCHAR(64)   NOT NULL,
    availability      VARCHAR(500)  NOT NULL,
    preferred_gender  VARCHAR(16)   NULL,
    preferred_age_from VARCHAR(16)  NULL,
    preferred_age_to  VARCHAR(16)   NULL,
    note              VARCHAR(1000) NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    closed_at         DATETIME(3)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_mentee_request_status (status, created_at),
    INDEX ix_mentee_request_account (account_id, status),
    CONSTRAINT fk_mentee_request_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One proposal of one mentor for one request. A matching run writes DRAFT proposals; the
-- coordinator publishes them; the mentee chooses one (it is then OFFERED to the mentor, who
-- accepts or declines within the answer deadline).
CREATE TABLE mentor_proposal (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    run_id        BIGINT        NOT NULL,
    request_id    BIGINT        NOT NULL,
    mentor_id     BIGINT        NOT NULL,
    proposal_rank INT           NOT NULL,
    score         INT           NOT NULL,
    reasons       VARCHAR(1000) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    overridden    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME(3)   NOT NULL,
    answer_by     DATETIME(3)   NULL,
    decided_at    DATETIME(3)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_proposal_request (request_id, proposal_rank),
    INDEX ix_proposal_mentor (mentor_id, status),
    INDEX ix_proposal_status (status, answer_by),
    CONSTRAINT fk_proposal_request FOREIGN KEY (request_id) REFERENCES mentee_request (id),
    CONSTRAINT fk_proposal_mentor FOREIGN KEY (mentor_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE matching_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_by   BIGINT       NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    published_at DATETIME(3)  NULL,
    requests     INT          NOT NULL,
    mentors      INT          NOT NULL,
    total_score  BIGINT       NOT NULL,
    millis       BIGINT       NOT NULL
) ENGINE=InnoDB;

CREATE TABLE mentorship (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentor_id      BIGINT        NOT NULL,
    mentee_id      BIGINT        NOT NULL,
    request_id     BIGINT        NULL,
    status         VARCHAR(16)   NOT NULL,
    started_at     DATETIME(3)   NOT NULL,
    ended_at       DATETIME(3)   NULL,
    ended_by       BIGINT        NULL,
    end_kind       VARCHAR(16)   NULL,
    end_reason     VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_mentorship_mentor (mentor_id, status),
    INDEX ix_mentorship_mentee (mentee_id, status),
    CONSTRAINT fk_mentorship_mentor FOREIGN KEY (mentor_id) REFERENCES account (id),
    CONSTRAINT fk_mentorship_mentee FOREIGN KEY (mentee_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- "How is it going", 1 to 5, from each side every two weeks; CLOSING is the feedback at the end.
CREATE TABLE mentorship_check_in (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentorship_id  BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    rating         INT           NOT NULL,
    note           VARCHAR(1000) NOT NULL,
    written_at     DATETIME(3)   NOT NULL,
    INDEX ix_check_in_mentorship (mentorship_id, written_at),
    CONSTRAINT fk_check_in_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE chat_message (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    mentorship_id  BIGINT        NOT NULL,
    sender_id      BIGINT        NOT NULL,
    body           TEXT          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    sent_at        DATETIME(3)   NOT NULL,
    INDEX ix_chat_message_mentorship (mentorship_id, id),
    INDEX ix_chat_message_status (status, sent_at),
    CONSTRAINT fk_chat_message_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How far each side has read: unread counts and "seen".
CREATE TABLE chat_read_mark (
    mentorship_id   BIGINT NOT NULL,
    account_id      BIGINT NOT NULL,
    last_read_id    BIGINT NOT NULL,
    PRIMARY KEY (mentorship_id, account_id),
    CONSTRAINT fk_chat_read_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
) ENGINE=InnoDB;

CREATE TABLE chat_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id   BIGINT        NOT NULL,
    reporter_id  BIGINT        NULL,
    reason       VARCHAR(500)  NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    resolved_by  BIGINT        NULL,
    resolved_at  DATETIME(3)   NULL,
    INDEX ix_chat_report_status (status, created_at),
    CONSTRAINT fk_chat_report_message FOREIGN KEY (message_id) REFERENCES chat_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
