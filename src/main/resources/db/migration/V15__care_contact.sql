-- A member's optional care contact: someone staff may contact when they believe the member is at
-- risk. Given with consent, changed or withdrawn (deleted) by the member at any time.
CREATE TABLE care_contact (
    account_id   BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    relationship VARCHAR(60)  NOT NULL,
    phone        VARCHAR(30)  NULL,
    email        VARCHAR(254) NULL,
    consented_at DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_care_contact_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The member record lists a member's crisis alerts, newest first.
CREATE INDEX ix_crisis_alert_member_raised ON crisis_alert (member_id, raised_at);
