-- The safety report counts review items by the day they were created.
CREATE INDEX ix_review_created ON review_item (created_at);
