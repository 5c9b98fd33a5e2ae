CREATE TABLE forum (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(500) NOT NULL,
    visibility  VARCHAR(16)  NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_forum_slug UNIQUE (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
