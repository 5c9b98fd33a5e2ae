-- Every acceptance of the community guidelines or the privacy notice, with the version accepted
-- (issue 19). account.guidelines_version / privacy_version stay as the latest accepted, which the
-- sign-in check compares with the current versions; this table is the history.
CREATE TABLE consent_acceptance (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    document    VARCHAR(20) NOT NULL,
    version     VARCHAR(20) NOT NULL,
    accepted_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_consent_acceptance_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_consent_acceptance_account (account_id, accepted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What accounts accepted before this table existed: their registration's acceptance.
INSERT INTO consent_acceptance (account_id, document, version, accepted_at)
    SELECT id, 'GUIDELINES', guidelines_version, guidelines_accepted_at FROM account;
INSERT INTO consent_acceptance (account_id, document, version, accepted_at)
    SELECT id, 'PRIVACY', privacy_version, privacy_accepted_at FROM account;
