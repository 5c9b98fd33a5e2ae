-- Private calendar feeds: one secret link per member. Only the SHA-256 of the token is kept, so the
-- link can be shown once when made; replacing it makes the old one stop working.
CREATE TABLE calendar_feed (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id         BIGINT        NOT NULL,
    token_hash        CHAR(64)      NOT NULL,
    created_at        DATETIME(3)   NOT NULL,
    UNIQUE KEY uq_calendar_feed_member (member_id),
    UNIQUE KEY uq_calendar_feed_token (token_hash),
    CONSTRAINT fk_calendar_feed_member FOREIGN KEY (member_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
