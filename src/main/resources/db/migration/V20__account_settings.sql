-- Account settings (issue 19): the signed-in devices of each account, the display names it had,
-- and an e-mail change waiting for confirmation at the new address.

-- One row per signed-in session, in the database so every instance of a cluster sees it: a session
-- whose row is gone is signed out at its next request. The key is the SHA-256 of a random secret
-- the session holds.
CREATE TABLE account_session (
    key_hash       CHAR(64)     NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    user_agent     VARCHAR(255) NULL,
    signed_in_at   DATETIME(3)  NOT NULL,
    last_active_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_account_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_session_account ON account_session (account_id, last_active_at);
CREATE INDEX ix_account_session_active ON account_session (last_active_at);

-- Former display names, kept for moderators (who wrote as whom).
CREATE TABLE display_name_change (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL,
    former_name  VARCHAR(40) NOT NULL,
    new_name     VARCHAR(40) NOT NULL,
    changed_at   DATETIME(3) NOT NULL,
    CONSTRAINT fk_display_name_change_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_display_name_change_account ON display_name_change (account_id, changed_at);

-- At most one e-mail change waits per account; a newer request replaces it. Only the token's hash is kept.
CREATE TABLE email_change (
    account_id   BIGINT       NOT NULL PRIMARY KEY,
    new_email    VARCHAR(254) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    requested_at DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_email_change_token UNIQUE (token_hash),
    CONSTRAINT fk_email_change_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
