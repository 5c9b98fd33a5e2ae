-- Accounts whose e-mail address is not yet confirmed: a row here means "not confirmed", so every
-- account made before this migration (and the demo accounts) counts as confirmed. The row holds
-- the SHA-256 of the one link that confirms it; asking again replaces it, confirming deletes the row.
-- Retention must never purge these rows: that would confirm the account.
CREATE TABLE unconfirmed_address (
    account_id   BIGINT      NOT NULL PRIMARY KEY,
    token_hash   CHAR(64)    NOT NULL,
    sent_at      DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    UNIQUE KEY uq_unconfirmed_address_token (token_hash),
    CONSTRAINT fk_unconfirmed_address_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
