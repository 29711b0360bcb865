package org.lanterne.literature.provider.references;

import java.util.List;

import org.lanterne.literature.api.LiteratureRecord;
import org.lanterne.literature.api.ReferenceFormat;
import org.lanterne.literature.api.ReferenceFormatException;

/** Reads and writes reference lists of one format. */
public interface ReferenceCodec {

    /**
     * @param listName the list's file name, the drafts' source file name
     * @param content  the list's text
     * @return the references, in the order of the list
     * @throws ReferenceFormatException if the list cannot be read; the message names the line
     */
    List<ReferenceEntry> read(String listName, String content) throws ReferenceFormatException;

    /** @return the records as a list in this format, each with its citation key */
    String write(List<LiteratureRecord> records);

    /** @return the codec of {@code format} */
    static ReferenceCodec of(ReferenceFormat format) {
        return switch (format) {
            case RIS -> new RisCodec();
            case BIBTEX -> new BibtexCodec();
            case CSL_JSON -> new CslJsonCodec();
        };
    }
}
