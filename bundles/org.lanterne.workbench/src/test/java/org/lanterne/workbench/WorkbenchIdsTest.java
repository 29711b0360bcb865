package org.lanterne.workbench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class WorkbenchIdsTest {

    private static Set<String> modelElementIds() throws Exception {
        try (InputStream in = WorkbenchIdsTest.class.getResourceAsStream("/Application.e4xmi")) {
            NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("*");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                if (element.hasAttribute("elementId")) {
                    ids.add(element.getAttribute("elementId"));
                }
            }
            return ids;
        }
    }

    @Test
    void everyModelIdConstantNamesAnElementOfTheModel() throws Exception {
        Set<String> ids = modelElementIds();
        int checked = 0;
        for (Field field : WorkbenchIds.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().startsWith("PROPERTY_")) {
                String id = (String) field.get(null);
                assertTrue(ids.contains(id), field.getName() + " = " + id + " is not in Application.e4xmi");
                checked++;
            }
        }
        assertTrue(checked > 10, "too few constants checked: " + checked);
    }
}
