-- Erasure (GDPR art. 17): an erased account keeps its row (forum posts and attendance point at
-- it) but only a pseudonym; erased_at tells pages to show "a former member".
ALTER TABLE account ADD COLUMN erased_at DATETIME(3) NULL;

-- A member's pending request: carried out once due_at has passed, unless an open crisis alert
-- holds it; then it waits for an admin's note (admin_note) before it goes ahead.
CREATE TABLE erasure_request (
    account_id    BIGINT        PRIMARY KEY,
    requested_at  DATETIME(3)   NOT NULL,
    due_at        DATETIME(3)   NOT NULL,
    held_since    DATETIME(3)   NULL,
    released_by   BIGINT        NULL,
    admin_note    VARCHAR(1000) NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_erasure_due (due_at),
    CONSTRAINT fk_erasure_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per nightly job: an instance runs the job only if it moves last_run to today first,
-- so across a cluster exactly one instance wins each day.
CREATE TABLE scheduled_job_run (
    job       VARCHAR(64) PRIMARY KEY,
    last_run  DATE        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO scheduled_job_run (job, last_run) VALUES ('retention', '2000-01-01');
