-- In-app notices: what the bell counts.
CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    link         VARCHAR(255)  NOT NULL,
    params       VARCHAR(1000) NOT NULL,
    created_at   DATETIME(3)   NOT NULL,
    read_at      DATETIME(3)   NULL,
    INDEX ix_notification_recipient (recipient_id, read_at, id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Per member and kind: IN_APP, EMAIL (in-app and e-mail) or OFF. No row: the kind's default.
CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(32) NOT NULL,
    channel    VARCHAR(8)  NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Quiet hours in the member's own time zone (both null: none).
CREATE TABLE notification_settings (
    account_id  BIGINT PRIMARY KEY,
    quiet_start TIME NULL,
    quiet_end   TIME NULL,
    CONSTRAINT fk_settings_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The transactional outbox: written with the change that causes it, sent later by whichever
-- instance claims the row first (claim_token + claimed_until), exactly once.
CREATE TABLE email_outbox (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id  BIGINT        NULL,
    to_address    VARCHAR(254)  NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    body_text     TEXT          NOT NULL,
    body_html     TEXT          NOT NULL,
    created_at    DATETIME(3)   NOT NULL,
    not_before    DATETIME(3)   NOT NULL,
    attempts      INT           NOT NULL DEFAULT 0,
    claim_token   CHAR(36)      NULL,
    claimed_until DATETIME(3)   NULL,
    sent_at       DATETIME(3)   NULL,
    last_error    VARCHAR(500)  NULL,
    INDEX ix_outbox_due (sent_at, not_before),
    INDEX ix_outbox_claim (claim_token)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reminders any feature schedules for its events; fired once, or cancelled with the event.
CREATE TABLE reminder (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    subject_type VARCHAR(32)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    event_start  DATETIME(3)   NOT NULL,
    remind_at    DATETIME(3)   NOT NULL,
    link         VARCHAR(255)  NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    INDEX ix_reminder_due (status, remind_at),
    INDEX ix_reminder_subject (subject_type, subject_id),
    CONSTRAINT fk_reminder_recipient FOREIGN KEY (recipient_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;
