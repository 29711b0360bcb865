package org.lanterne.ui.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks every UI bundle makes of its own resources: a model fragment anchored in the workbench's
 * model, and texts in {@code OSGI-INF/l10n/bundle*.properties} complete in French and Arabic.
 * Resources are read through the class loader of a class of the bundle under test.
 */
public final class UiResources {

    private static final String TEXTS = "/OSGI-INF/l10n/bundle";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\d+}");

    private final Class<?> bundleClass;

    private UiResources(Class<?> bundleClass) {
        this.bundleClass = bundleClass;
    }

    /** @param bundleClass any class of the UI bundle under test */
    public static UiResources of(Class<?> bundleClass) {
        return new UiResources(bundleClass);
    }

    /** @return the texts of a language, {@code null} for English */
    public Properties texts(String language) throws IOException {
        String resource = TEXTS + (language == null ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = bundleClass.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /**
     * Every key of the English texts exists in {@code language}, not blank and with the same
     * placeholders ({@code {0}}, {@code {1}}, ...), and no other key does.
     */
    public void assertTranslationComplete(String language) throws IOException {
        Properties english = texts(null);
        Properties translated = texts(language);
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()), language);
        for (String key : translated.stringPropertyNames()) {
            assertFalse(translated.getProperty(key).isBlank(), language + ": " + key);
            assertEquals(placeholders(english.getProperty(key)), placeholders(translated.getProperty(key)), language + ": " + key);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * @param messages an NLS-style messages class with public {@code String} fields named after the keys
     * @return its texts in English, as the platform would inject them with {@code @Translation}
     */
    public <T> T english(Class<T> messages) throws Exception {
        return translated(messages, null);
    }

    /**
     * @param messages an NLS-style messages class with public {@code String} fields named after the keys
     * @param language {@code fr}, {@code ar}, or {@code null} for English
     * @return its texts in that language, as the platform would inject them with {@code @Translation}
     */
    public <T> T translated(Class<T> messages, String language) throws Exception {
        Properties texts = texts(language);
        T filled = messages.getDeclaredConstructor().newInstance();
        for (Field field : messages.getFields()) {
            field.set(filled, texts.getProperty(field.getName()));
        }
        return filled;
    }

    /** Every Arabic text has Arabic letters, so none was left in another language. */
    public void assertArabicWrittenInArabicScript() throws IOException {
        Properties arabic = texts("ar");
        for (String key : arabic.stringPropertyNames()) {
            String text = arabic.getProperty(key);
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    key + " is not translated: " + text);
        }
    }

    /** Every public constant of {@code messages} names an English text, as NLS-style message classes do. */
    public void assertEveryMessageHasAnEnglishText(Class<?> messages) throws IOException {
        Properties english = texts(null);
        for (Field field : messages.getFields()) {
            assertTrue(english.containsKey(field.getName()), field.getName());
        }
    }

    /** Every {@code %key} in labels, tooltips and command names of {@code model} has an English text. */
    public void assertModelTextsExist(String model) throws Exception {
        Properties english = texts(null);
        for (Element element : elements(model)) {
            for (String attribute : new String[] { "label", "tooltip", "commandName" }) {
                String value = element.getAttribute(attribute);
                if (value.startsWith("%")) {
                    assertTrue(english.containsKey(value.substring(1)), model + ": " + value);
                }
            }
        }
    }

    /**
     * The fragment's anchors are elements of the workbench's model, and every id constant of the
     * bundle is contributed by it.
     *
     * @return how many anchors the fragment has
     */
    public int assertFragmentFits(String fragment, Class<?> workbenchIds, Class<?> bundleIds) throws Exception {
        Set<String> anchorsAllowed = constants(workbenchIds);
        Set<String> contributed = new HashSet<>();
        int anchors = 0;
        for (Element element : elements(fragment)) {
            contributed.add(element.getAttribute("elementId"));
            if (element.hasAttribute("parentElementId")) {
                assertTrue(anchorsAllowed.contains(element.getAttribute("parentElementId")), element.getAttribute("parentElementId"));
                anchors++;
            }
        }
        for (String id : constants(bundleIds)) {
            assertTrue(contributed.contains(id), id + " is not contributed by " + fragment);
        }
        return anchors;
    }

    private List<Element> elements(String model) throws Exception {
        try (InputStream in = bundleClass.getResourceAsStream(model)) {
            assertNotNull(in, model + " is missing");
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("*");
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        }
    }

    private static Set<String> constants(Class<?> type) throws IllegalAccessException {
        Set<String> values = new HashSet<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
