-- Milestones: definitions written by staff, the progress each member has made (recorded from other
-- features' events, once per source), and awards. Awards are private: a certificate's verification
-- page shows the name or the milestone only where the member chose to.
CREATE TABLE milestone_definition (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(80)   NOT NULL,
    description     VARCHAR(500)  NOT NULL,
    icon            VARCHAR(24)   NOT NULL,
    rule_kind       VARCHAR(32)   NOT NULL,
    threshold       INT           NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(3)   NOT NULL,
    updated_at      DATETIME(3)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_milestone_definition_rule (active, rule_kind),
    CONSTRAINT fk_milestone_definition_creator FOREIGN KEY (created_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per member who has any progress: locked while a member's awards are decided, so two
-- events at once cannot both award the same milestone. Holds the name the member wants on certificates.
CREATE TABLE milestone_member (
    member_id           BIGINT        PRIMARY KEY,
    certificate_name    VARCHAR(120)  NULL,
    CONSTRAINT fk_milestone_member_account FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a member has done, one row per source (a cohort session, a workshop...): an event that
-- arrives twice finds its row and changes nothing.
CREATE TABLE milestone_progress (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT        NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    source_key      VARCHAR(80)   NOT NULL,
    occurred_at     DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_milestone_progress_source (member_id, kind, source_key),
    CONSTRAINT fk_milestone_progress_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE milestone_award (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT        NOT NULL,
    definition_id       BIGINT        NOT NULL,
    awarded_at          DATETIME(3)   NOT NULL,
    -- NULL when awarded from the member's progress; the facilitator who gave it by hand otherwise.
    awarded_by          BIGINT        NULL,
    note                VARCHAR(500)  NULL,
    verification_code   CHAR(20)      NOT NULL,
    credential_id       CHAR(36)      NOT NULL,
    show_name           BOOLEAN       NOT NULL DEFAULT FALSE,
    show_milestone      BOOLEAN       NOT NULL DEFAULT FALSE,
    revoked_at          DATETIME(3)   NULL,
    revoked_by          BIGINT        NULL,
    revocation_reason   VARCHAR(500)  NULL,
    UNIQUE KEY uq_milestone_award_once (member_id, definition_id),
    UNIQUE KEY uq_milestone_award_code (verification_code),
    UNIQUE KEY uq_milestone_award_credential (credential_id),
    INDEX ix_milestone_award_recent (awarded_at),
    CONSTRAINT fk_milestone_award_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_milestone_award_definition FOREIGN KEY (definition_id) REFERENCES milestone_definition (id),
    CONSTRAINT fk_milestone_award_giver FOREIGN KEY (awarded_by) REFERENCES account (id),
    CONSTRAINT fk_milestone_award_revoker FOREIGN KEY (revoked_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
