-- Letters and reports attached to sessions. CONTENT_SEALED holds the AES-GCM ciphertext of the file
-- (nonce first); NAME_SEALED and TEXT_SEALED the sealed file name and extracted text, TEXT_SEALED
-- empty when the text could not be extracted, with the reason in NOT_SEARCHABLE (a fixed phrase,
-- never content). BLOB on Derby, BYTEA on PostgreSQL. Rows are never updated or deleted.
CREATE TABLE LANTERNE_NOTE_ATTACHMENT (
    ID              VARCHAR(36)  NOT NULL,
    SESSION_ID      VARCHAR(36)  NOT NULL,
    NAME_SEALED     CLOB         NOT NULL,
    CONTENT_TYPE    VARCHAR(128) NOT NULL,
    SIZE_BYTES      BIGINT       NOT NULL,
    CONTENT_SEALED  BLOB         NOT NULL,
    TEXT_SEALED     CLOB,
    NOT_SEARCHABLE  VARCHAR(200),
    ADDED_BY        VARCHAR(64)  NOT NULL,
    ADDED_AT        TIMESTAMP    NOT NULL,
    CONSTRAINT LANTERNE_NOTE_ATTACHMENT_PK PRIMARY KEY (ID),
    CONSTRAINT LANTERNE_NOTE_ATTACHMENT_SESSION_FK FOREIGN KEY (SESSION_ID) REFERENCES LANTERNE_CASE_SESSION (ID)
);

CREATE INDEX LANTERNE_NOTE_ATTACHMENT_SESSION_IX ON LANTERNE_NOTE_ATTACHMENT (SESSION_ID, ADDED_AT);
