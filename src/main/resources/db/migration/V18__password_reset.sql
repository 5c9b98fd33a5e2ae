-- Password reset links (issue 19): one row per link asked for, keeping only the SHA-256 of its
-- token. A link works once, for 30 minutes, while it is the account's newest and the account's
-- security stamp is still the one it was issued under (a password changed any other way, a
-- suspension or "sign out everywhere" raise the stamp and so void it).
CREATE TABLE password_reset (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id     BIGINT      NOT NULL,
    token_hash     CHAR(64)    NOT NULL,
    security_stamp BIGINT      NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    expires_at     DATETIME(3) NOT NULL,
    ended_at       DATETIME(3) NULL,
    ending         VARCHAR(20) NULL,
    UNIQUE KEY uq_password_reset_token (token_hash),
    INDEX ix_password_reset_account (account_id, ended_at),
    INDEX ix_password_reset_created (created_at),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A mail that carries a secret link keeps its body only until it is sent.
ALTER TABLE email_outbox ADD COLUMN forget_body_when_sent BOOLEAN NOT NULL DEFAULT FALSE;
