-- Crisis alerts: raised when a text is held for crisis language, acknowledged by a moderator
-- before a deadline (or escalated), noted, and closed with an outcome.
CREATE TABLE crisis_alert (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    source           VARCHAR(20)   NOT NULL,
    source_id        BIGINT        NOT NULL,
    member_id        BIGINT        NOT NULL,
    severity         VARCHAR(10)   NOT NULL,
    matched_rule     VARCHAR(300)  NOT NULL,
    excerpt          TEXT          NOT NULL,
    review_link      VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    raised_at        DATETIME(3)   NOT NULL,
    acknowledge_by   DATETIME(3)   NOT NULL,
    told_on_duty     BOOLEAN       NOT NULL,
    acknowledged_at  DATETIME(3)   NULL,
    acknowledged_by  BIGINT        NULL,
    escalated_at     DATETIME(3)   NULL,
    closed_at        DATETIME(3)   NULL,
    closed_by        BIGINT        NULL,
    outcome          VARCHAR(32)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_crisis_alert_status (status, acknowledge_by),
    INDEX ix_crisis_alert_raised (raised_at),
    CONSTRAINT fk_crisis_alert_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE crisis_alert_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    alert_id   BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    written_at DATETIME(3)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    INDEX ix_crisis_note_alert (alert_id, written_at),
    CONSTRAINT fk_crisis_note_alert FOREIGN KEY (alert_id) REFERENCES crisis_alert (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The duty roster: moderators on duty get crisis alerts first.
CREATE TABLE moderator_duty (
    account_id BIGINT      NOT NULL PRIMARY KEY,
    on_duty    BOOLEAN     NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_moderator_duty_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
