package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.bundle;
import static org.lanterne.itest.Framework.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/** Codes and export ids with the installation's real pseudonyms key. */
@ExtendWith(BundleContextExtension.class)
class PseudonymsIT {

    private static final Path KEYS = Path.of(System.getProperty("lanterne.data")).toAbsolutePath().resolve("keys");

    @InjectBundleContext
    BundleContext context;

    @Test
    void exportIdsStayTheSameAcrossARestartWithinAScopeAndDifferAcrossScopes() throws Exception {
        Pseudonyms pseudonyms = service(context, Pseudonyms.class);
        String code = pseudonyms.newCode();
        String id = pseudonyms.exportId("evaluation-2026", code);

        Bundle provider = bundle(context, "org.lanterne.pseudonym.provider");
        provider.stop();
        provider.start();

        Pseudonyms restarted = service(context, Pseudonyms.class);
        assertEquals(id, restarted.exportId("evaluation-2026", code));
        assertNotEquals(id, restarted.exportId("study-b", code));
    }

    @Test
    void theKeyIsAnOwnerOnlyFileAndNeverTheExportIdItself() throws Exception {
        Pseudonyms pseudonyms = service(context, Pseudonyms.class);
        String code = pseudonyms.newCode();
        String id = pseudonyms.exportId("s", code);

        Path key = KEYS.resolve("pseudonyms.key");
        assertTrue(Files.exists(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertFalse(Files.readString(key, StandardCharsets.ISO_8859_1).contains(id));
    }

    @Test
    void newCodesAreWellFormedAndTyposAreRefused() throws Exception {
        Pseudonyms pseudonyms = service(context, Pseudonyms.class);
        String code = pseudonyms.newCode();
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');

        assertTrue(pseudonyms.isWellFormed(code));
        assertFalse(pseudonyms.isWellFormed(typo));
    }
}
