package org.lanterne.literature.provider;

import java.io.IOException;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;

/**
 * Reads a record's stored metadata without its text, which can weigh megabytes: documents written
 * with the text last (marked by {@link Fields#TEXT_LAST}) stop being read at the text; older ones
 * skip it.
 */
final class RecordFields extends DocumentStoredFieldVisitor {

    private boolean textIsLast;

    static Document read(StoredFields stored, int doc) throws IOException {
        RecordFields visitor = new RecordFields();
        stored.document(doc, visitor);
        return visitor.getDocument();
    }

    @Override
    public Status needsField(FieldInfo field) {
        if (field.name.equals(Fields.TEXT_LAST)) {
            textIsLast = true;
            return Status.NO;
        }
        if (field.name.startsWith(Fields.TEXT_PREFIX)) {
            return textIsLast ? Status.STOP : Status.NO;
        }
        return Status.YES;
    }
}
