-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3) NOT NULL,
    actor_id     BIGINT       NULL,
    action       VARCHAR(48)  NOT NULL,
    subject_type VARCHAR(32)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    detail       VARCHAR(500) NULL,
    INDEX ix_audit_subject (subject_type, subject_id),
    INDEX ix_audit_occurred (occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
