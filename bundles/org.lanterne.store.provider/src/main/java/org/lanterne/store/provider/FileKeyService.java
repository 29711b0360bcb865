package org.lanterne.store.provider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Pattern;

import org.lanterne.store.api.KeyService;
import org.lanterne.store.api.StoreUnavailableException;
import org.osgi.service.component.annotations.Component;

/** Keeps each named key in {@code <lanterne.data>/keys/<name>.key}, readable by its owner only. */
@Component
public class FileKeyService implements KeyService {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path folder = DataFolder.path().resolve("keys");

    @Override
    public byte[] key(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A key name is made of lower-case letters, digits and dashes: " + name);
        }
        Path file = folder.resolve(name + ".key");
        try {
            return Base64.getUrlDecoder().decode(KeyFile.readOrCreate(file));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreUnavailableException("The key " + name + " cannot be read from " + file + ": " + e.getMessage(), e);
        }
    }
}
