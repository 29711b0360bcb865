-- The audit trail: append-only, each event chained to the one before by its hash.
-- SEQ_NO is assigned by the appender (no identity column) so that the chain has no gaps.
-- OCCURRED_AT holds UTC; hashes are 64 lower-case hex digits.
CREATE TABLE LANTERNE_AUDIT_EVENT (
    SEQ_NO BIGINT NOT NULL,
    OCCURRED_AT TIMESTAMP NOT NULL,
    ACTOR VARCHAR(64) NOT NULL,
    EVENT_ACTION VARCHAR(64) NOT NULL,
    RECORD_TYPE VARCHAR(64),
    RECORD_ID VARCHAR(128),
    OUTCOME VARCHAR(16) NOT NULL,
    PREVIOUS_HASH CHAR(64) NOT NULL,
    EVENT_HASH CHAR(64) NOT NULL,
    CONSTRAINT LANTERNE_AUDIT_EVENT_PK PRIMARY KEY (SEQ_NO)
);
