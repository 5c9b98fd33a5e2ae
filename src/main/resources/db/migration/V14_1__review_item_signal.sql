-- Issue 14: why the safety screen spoke, kept with the queue item so moderators read it in the
-- queue for every tier (the rule, concept combination or nearest prototype), and whether the item
-- also carries a look-soon signal (a text held for another reason that asks for a look soon).
ALTER TABLE review_item
    ADD COLUMN signal_reason VARCHAR(300) NULL,
    ADD COLUMN look_soon     BOOLEAN      NOT NULL DEFAULT FALSE;
