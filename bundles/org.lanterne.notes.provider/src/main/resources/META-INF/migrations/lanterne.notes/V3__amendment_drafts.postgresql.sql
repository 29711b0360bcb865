-- Amendments being written: one pending draft per signed note and author, replaced as its author
-- types and removed when the amendment is stored. TEXT_SEALED holds the reason and the corrected
-- text sealed together, like an amendment's: CLOB on Derby, TEXT on PostgreSQL.
CREATE TABLE LANTERNE_NOTE_AMENDMENT_DRAFT (
    ID              VARCHAR(36)  NOT NULL,
    NOTE_ID         VARCHAR(36)  NOT NULL,
    AUTHOR          VARCHAR(64)  NOT NULL,
    SAVED_AT        TIMESTAMP    NOT NULL,
    TEXT_SEALED     TEXT         NOT NULL,
    CONSTRAINT LANTERNE_NOTE_AMENDMENT_DRAFT_PK PRIMARY KEY (ID),
    CONSTRAINT LANTERNE_NOTE_AMENDMENT_DRAFT_NOTE_FK FOREIGN KEY (NOTE_ID) REFERENCES LANTERNE_NOTE (ID),
    CONSTRAINT LANTERNE_NOTE_AMENDMENT_DRAFT_ONE UNIQUE (NOTE_ID, AUTHOR)
);
