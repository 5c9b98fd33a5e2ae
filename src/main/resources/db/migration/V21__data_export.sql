-- A member's data export (GDPR art. 20): asked for, built in the background, downloadable for
-- 24 hours by its member only, then deleted. pending_member_id is set only while the export is
-- being made, so the unique key allows one pending export per member, also under double clicks.
CREATE TABLE data_export (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id         BIGINT       NOT NULL,
    pending_member_id BIGINT       NULL,
    status            VARCHAR(16)  NOT NULL,
    requested_at      DATETIME(3)  NOT NULL,
    ready_at          DATETIME(3)  NULL,
    expires_at        DATETIME(3)  NULL,
    file_size         BIGINT       NULL,
    file              LONGBLOB     NULL,
    CONSTRAINT uq_data_export_pending UNIQUE (pending_member_id),
    CONSTRAINT fk_data_export_member FOREIGN KEY (member_id) REFERENCES account (id),
    INDEX ix_data_export_member (member_id, requested_at),
    INDEX ix_data_export_expires (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
