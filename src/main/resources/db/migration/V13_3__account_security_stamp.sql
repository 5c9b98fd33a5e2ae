-- Stamps that make a change to an account reach the sessions it already has, on every instance of
-- a cluster (they live here, not in one server's memory). A session remembers both at sign-in.
-- security_stamp: raised by a suspension, a new password or an erasure; an older one signs the session out.
-- roles_stamp: raised when a role is granted or removed; an older one makes the session take the roles of now.
ALTER TABLE account
    ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN roles_stamp BIGINT NOT NULL DEFAULT 0;
