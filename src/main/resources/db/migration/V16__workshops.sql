-- Workshops and community events: one-off sessions with a hard seat limit and a waitlist. A seat
-- is only given with the workshop row locked (SELECT ... FOR UPDATE), so confirmed registrations
-- never pass the capacity, and the unique key keeps one registration per member and workshop.
CREATE TABLE workshop (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                   VARCHAR(200)  NOT NULL,
    description             TEXT          NOT NULL,
    topic                   VARCHAR(32)   NOT NULL,
    language                VARCHAR(8)    NOT NULL,
    host_id                 BIGINT        NOT NULL,
    starts_at               DATETIME(3)   NOT NULL,
    ends_at                 DATETIME(3)   NOT NULL,
    time_zone               VARCHAR(64)   NOT NULL,
    capacity                INT           NOT NULL,
    attendance_mode         VARCHAR(16)   NOT NULL,
    location                VARCHAR(500)  NULL,
    online_link             VARCHAR(500)  NULL,
    sign_up_deadline        DATETIME(3)   NOT NULL,
    cancellation_deadline   DATETIME(3)   NOT NULL,
    offer_window_minutes    INT           NOT NULL,
    question                VARCHAR(300)  NULL,
    status                  VARCHAR(16)   NOT NULL,
    postponed               BOOLEAN       NOT NULL DEFAULT FALSE,
    sequence                INT           NOT NULL DEFAULT 0,
    next_waitlist_number    INT           NOT NULL DEFAULT 0,
    created_by              BIGINT        NOT NULL,
    created_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    INDEX ix_workshop_listing (status, starts_at),
    INDEX ix_workshop_host (host_id),
    CONSTRAINT fk_workshop_host FOREIGN KEY (host_id) REFERENCES account (id),
    CONSTRAINT fk_workshop_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workshop_registration (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id             BIGINT        NOT NULL,
    member_id               BIGINT        NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    -- Order of joining the waitlist, given under the workshop's lock: unique per workshop.
    waitlist_number         INT           NULL,
    offer_expires_at        DATETIME(3)   NULL,
    answer                  VARCHAR(1000) NULL,
    share_contact           BOOLEAN       NOT NULL DEFAULT FALSE,
    attendance              VARCHAR(16)   NULL,
    -- Set once, by a conditional update, when the member is first checked in: the event fires once.
    first_attended_at       DATETIME(3)   NULL,
    cancelled_late          BOOLEAN       NOT NULL DEFAULT FALSE,
    sequence                INT           NOT NULL DEFAULT 0,
    created_at              DATETIME(3)   NOT NULL,
    updated_at              DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_workshop_registration_member (workshop_id, member_id),
    UNIQUE KEY uq_workshop_registration_waitlist (workshop_id, waitlist_number),
    INDEX ix_workshop_registration_status (workshop_id, status),
    INDEX ix_workshop_registration_member (member_id, status),
    INDEX ix_workshop_registration_offer (status, offer_expires_at),
    CONSTRAINT fk_workshop_registration_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_registration_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
