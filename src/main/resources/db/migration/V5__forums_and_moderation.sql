-- Forums: settings that moderators change, and private-group membership.
ALTER TABLE forum
    ADD COLUMN allows_anonymous  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN listed            BOOLEAN     NOT NULL DEFAULT TRUE,
    ADD COLUMN slow_mode_seconds INT         NULL,
    ADD COLUMN slow_mode_until   DATETIME(3) NULL;

-- INVITED (waiting for the invitee), REQUESTED (waiting for staff) or MEMBER.
CREATE TABLE forum_membership (
    forum_id   BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    status     VARCHAR(16) NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (forum_id, account_id),
    INDEX ix_membership_account (account_id, status),
    CONSTRAINT fk_membership_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE topic (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    forum_id          BIGINT       NOT NULL,
    author_id         BIGINT       NOT NULL,
    title             VARCHAR(120) NOT NULL,
    anonymous         BOOLEAN      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    post_count        INT          NOT NULL DEFAULT 0,
    created_at        DATETIME(3)  NOT NULL,
    last_activity_at  DATETIME(3)  NOT NULL,
    slow_mode_seconds INT          NULL,
    slow_mode_until   DATETIME(3)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    INDEX ix_topic_forum_activity (forum_id, status, last_activity_at),
    INDEX ix_topic_author (author_id, created_at),
    FULLTEXT INDEX ft_topic_title (title),
    CONSTRAINT fk_topic_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    CONSTRAINT fk_topic_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- body is the Markdown the member wrote; body_html its sanitised rendering, made once on write.
CREATE TABLE post (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    topic_id          BIGINT        NOT NULL,
    author_id         BIGINT        NOT NULL,
    opening           BOOLEAN       NOT NULL,
    body              TEXT          NOT NULL,
    body_html         MEDIUMTEXT    NOT NULL,
    content_warning   VARCHAR(24)   NULL,
    anonymous         BOOLEAN       NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    quoted_post_id    BIGINT        NULL,
    support_count     INT           NOT NULL DEFAULT 0,
    flag_weight       DOUBLE        NOT NULL DEFAULT 0,
    moderation_reason VARCHAR(500)  NULL,
    created_at        DATETIME(3)   NOT NULL,
    edited_at         DATETIME(3)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    INDEX ix_post_topic (topic_id, status, id),
    INDEX ix_post_author (author_id, created_at),
    FULLTEXT INDEX ft_post_body (body),
    CONSTRAINT fk_post_topic FOREIGN KEY (topic_id) REFERENCES topic (id),
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Earlier versions of an edited post, for moderators.
CREATE TABLE post_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id         BIGINT      NOT NULL,
    body            TEXT        NOT NULL,
    content_warning VARCHAR(24) NULL,
    replaced_by     BIGINT      NOT NULL,
    replaced_at     DATETIME(3) NOT NULL,
    INDEX ix_revision_post (post_id, id),
    CONSTRAINT fk_revision_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE post_support (
    post_id    BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL,
    PRIMARY KEY (post_id, account_id),
    CONSTRAINT fk_support_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- One flag per member and post; weight is fixed when the flag is raised.
CREATE TABLE post_flag (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    post_id    BIGINT       NOT NULL,
    flagger_id BIGINT       NOT NULL,
    reason     VARCHAR(24)  NOT NULL,
    note       VARCHAR(500) NULL,
    weight     DOUBLE       NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_flag_post_flagger UNIQUE (post_id, flagger_id),
    INDEX ix_flag_flagger (flagger_id),
    CONSTRAINT fk_flag_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_flag_flagger FOREIGN KEY (flagger_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- When a member last read a topic: what the unread markers compare with.
CREATE TABLE topic_read (
    account_id BIGINT      NOT NULL,
    topic_id   BIGINT      NOT NULL,
    read_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (account_id, topic_id),
    CONSTRAINT fk_read_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_read_topic FOREIGN KEY (topic_id) REFERENCES topic (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Content warnings a member never wants to see expanded.
CREATE TABLE hidden_warning (
    account_id BIGINT      NOT NULL,
    warning    VARCHAR(24) NOT NULL,
    PRIMARY KEY (account_id, warning),
    CONSTRAINT fk_hidden_warning_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Moderation: what the trust level is built from, the review queue, sanctions and staff notes.
CREATE TABLE member_standing (
    account_id      BIGINT      PRIMARY KEY,
    trust_level     INT         NOT NULL DEFAULT 0,
    approved_posts  INT         NOT NULL DEFAULT 0,
    posts_removed   INT         NOT NULL DEFAULT 0,
    days_visited    INT         NOT NULL DEFAULT 0,
    last_visit_day  DATE        NULL,
    read_seconds    BIGINT      NOT NULL DEFAULT 0,
    last_read_at    DATETIME(3) NULL,
    flags_upheld    INT         NOT NULL DEFAULT 0,
    flags_dismissed INT         NOT NULL DEFAULT 0,
    silenced_until  DATETIME(3) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_standing_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE review_item (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(24)  NOT NULL,
    post_id       BIGINT       NULL,
    reason        VARCHAR(500) NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    claimed_by    BIGINT       NULL,
    claimed_until DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL,
    resolved_by   BIGINT       NULL,
    resolved_at   DATETIME(3)  NULL,
    outcome       VARCHAR(16)  NULL,
    INDEX ix_review_open (status, created_at),
    INDEX ix_review_post (post_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sanction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT       NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    issued_by  BIGINT       NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    ends_at    DATETIME(3)  NULL,
    INDEX ix_sanction_account (account_id, id),
    CONSTRAINT fk_sanction_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Never shown to the member they are about.
CREATE TABLE staff_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    author_id  BIGINT        NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    created_at DATETIME(3)   NOT NULL,
    INDEX ix_note_account (account_id, id),
    CONSTRAINT fk_note_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A suspended member cannot sign in until this time.
ALTER TABLE account ADD COLUMN suspended_until DATETIME(3) NULL;
