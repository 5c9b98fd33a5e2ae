CREATE TABLE account (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    email                  VARCHAR(254) NOT NULL,
    password_hash          VARCHAR(255) NOT NULL,
    display_name           VARCHAR(40)  NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    language               VARCHAR(8)   NOT NULL,
    guidelines_version     VARCHAR(16)  NOT NULL,
    guidelines_accepted_at DATETIME(3) NOT NULL,
    privacy_version        VARCHAR(16)  NOT NULL,
    privacy_accepted_at    DATETIME(3) NOT NULL,
    created_at             DATETIME(3) NOT NULL,
    last_sign_in_at        DATETIME(3) NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT uq_account_display_name UNIQUE (display_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
