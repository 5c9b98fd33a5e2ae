-- Raised whenever an account's roles, suspension, password or existence change. A session remembers
-- the stamp it signed in with; a request whose session holds an older stamp is signed out, on every
-- instance of a cluster, because the stamp lives here and not in one server's memory.
ALTER TABLE account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
