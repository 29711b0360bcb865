package org.lanterne.accounts.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lanterne.accounts.ui.AccountsUiIds;
import org.lanterne.workbench.WorkbenchIds;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The fragment fits the workbench model, and its texts exist in every language. */
class ResourcesTest {

    private static NodeList fragmentElements() throws Exception {
        try (InputStream in = ResourcesTest.class.getResourceAsStream("/fragment.e4xmi")) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("*");
        }
    }

    private static Set<String> constants(Class<?> type) throws IllegalAccessException {
        Set<String> values = new HashSet<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = ResourcesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyFragmentAnchorIsAnElementOfTheWorkbench() throws Exception {
        Set<String> workbenchIds = constants(WorkbenchIds.class);
        NodeList elements = fragmentElements();
        int anchors = 0;
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.hasAttribute("parentElementId")) {
                assertTrue(workbenchIds.contains(element.getAttribute("parentElementId")),
                        element.getAttribute("parentElementId"));
                anchors++;
            }
        }
        assertEquals(4, anchors);
    }

    @Test
    void everyIdConstantIsContributedByTheFragment() throws Exception {
        Set<String> contributed = new HashSet<>();
        NodeList elements = fragmentElements();
        for (int i = 0; i < elements.getLength(); i++) {
            contributed.add(((Element) elements.item(i)).getAttribute("elementId"));
        }
        for (String id : constants(AccountsUiIds.class)) {
            assertTrue(contributed.contains(id), id);
        }
    }

    @Test
    void everyTextOfTheFragmentAndThePartHasAnEnglishText() throws Exception {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        NodeList elements = fragmentElements();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            for (String attribute : new String[] { "label", "tooltip", "commandName" }) {
                String value = element.getAttribute(attribute);
                if (value.startsWith("%")) {
                    assertTrue(english.containsKey(value.substring(1)), value);
                }
            }
        }
        for (Field field : AccountsMessages.class.getFields()) {
            assertTrue(english.containsKey(field.getName()), field.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "fr", "ar" })
    void translationsHaveTheSameKeysAsEnglish(String language) throws Exception {
        Properties english = load("/OSGI-INF/l10n/bundle.properties");
        Properties translated = load("/OSGI-INF/l10n/bundle_" + language + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()));
        for (String key : translated.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), key);
        }
    }

    @Test
    void arabicTextsAreWrittenInArabicScript() throws Exception {
        Properties arabic = load("/OSGI-INF/l10n/bundle_ar.properties");
        for (String key : arabic.stringPropertyNames()) {
            assertTrue(arabic.getProperty(key).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC), key);
        }
    }
}
