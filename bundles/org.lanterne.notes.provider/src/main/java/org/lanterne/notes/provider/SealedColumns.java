package org.lanterne.notes.provider;

import org.lanterne.store.api.KeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values of the {@code _SEALED} columns: written as JSON, sealed with the installation's notes key
 * (kept in its keys folder, apart from the database and its backups). A service of this bundle only.
 */
@Component(service = SealedColumns.class)
public class SealedColumns {

    static final String KEY_NAME = "notes";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sealer sealer;

    @Activate
    public SealedColumns(@Reference KeyService keys) {
        this.sealer = new Sealer(keys.key(KEY_NAME));
    }

    /** @param place the column and row the value goes to, for example {@code note-text:<id>} */
    String seal(Object value, String place) {
        try {
            return sealer.seal(JSON.writeValueAsString(value), place);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The value for " + place + " cannot be written as JSON.", e);
        }
    }

    byte[] sealBytes(byte[] content, String place) {
        return sealer.sealBytes(content, place);
    }

    byte[] openBytes(byte[] sealed, String place) {
        return sealer.openBytes(sealed, place);
    }

    <T> T open(String sealed, String place, TypeReference<T> type) {
        try {
            return JSON.readValue(sealer.open(sealed, place), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored value of " + place + " opens but is not the JSON expected.", e);
        }
    }
}
