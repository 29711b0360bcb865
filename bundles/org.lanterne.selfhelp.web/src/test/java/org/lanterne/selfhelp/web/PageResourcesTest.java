package org.lanterne.selfhelp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageResourcesTest {

    @Test
    void theFolderItselfIsThePage() {
        assertEquals("text/html; charset=utf-8", PageResources.find("/").orElseThrow().contentType());
        assertTrue(PageResources.find("/").orElseThrow().url().getPath().endsWith("/selfhelp/index.html"));
    }

    @Test
    void scriptsStylesAndMessagesGoWithTheirOwnTypes() {
        assertEquals("text/javascript; charset=utf-8", PageResources.find("/js/main.js").orElseThrow().contentType());
        assertEquals("text/javascript; charset=utf-8", PageResources.find("/js/screens/progress.js").orElseThrow().contentType());
        assertEquals("text/css; charset=utf-8", PageResources.find("/selfhelp.css").orElseThrow().contentType());
        assertEquals("application/json; charset=utf-8", PageResources.find("/messages/ar.json").orElseThrow().contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/missing.js", "/../org/lanterne/selfhelp/web/PageResources.class", "/js/../index.html", "/%2e%2e/x.js",
            "/JS/MAIN.JS", "/js/main.js/", "//js/main.js", "/index.html?x", "/js/", "", "/org/lanterne/selfhelp/web/PageResources.class" })
    void nothingElseOfTheBundleCanBeNamed(String path) {
        assertTrue(PageResources.find(path).isEmpty(), path);
    }
}
