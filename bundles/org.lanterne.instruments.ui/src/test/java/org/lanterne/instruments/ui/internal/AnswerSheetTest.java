package org.lanterne.instruments.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lanterne.instruments.api.MissingMode;

/** The form's controls become the answers the scoring engine takes. */
class AnswerSheetTest {

    @Test
    void answersFollowTheDefinitionsOrderAndLeaveUnansweredItemsOut() {
        AnswerSheet sheet = new AnswerSheet(Fixtures.checklist(MissingMode.REFUSE));
        sheet.numeric("hours", "12");
        sheet.yesNo("urges", Boolean.TRUE);
        sheet.choice("distress", "1");
        assertEquals(List.of("urges", "distress", "hours"), List.copyOf(sheet.answers().keySet()));
        assertEquals(Map.of("urges", true, "distress", "1", "hours", 12), sheet.answers());

        sheet.numeric("hours", "  ");
        sheet.choice("distress", "");
        sheet.yesNo("urges", null);
        assertEquals(Map.of(), sheet.answers());
    }

    @Test
    void aChangedAnswerReplacesTheOldOneAndClearEmptiesTheSheet() {
        AnswerSheet sheet = new AnswerSheet(Fixtures.checklist(MissingMode.REFUSE));
        sheet.yesNo("urges", Boolean.TRUE);
        sheet.yesNo("urges", Boolean.FALSE);
        assertEquals(Map.of("urges", false), sheet.answers());
        sheet.clear();
        assertEquals(Map.of(), sheet.answers());
    }

    @Test
    void numbersAreReadAsTypedInEachLanguage() {
        assertEquals(12, AnswerSheet.number(" 12 "));
        assertEquals(12, AnswerSheet.number("12.0"));
        assertEquals(-3, AnswerSheet.number("-3"));
        assertEquals(new BigDecimal("12.5"), AnswerSheet.number("12,5"));
        assertEquals(new BigDecimal("12.5"), AnswerSheet.number("12.5"));
        // Arabic-Indic digits and the Arabic decimal separator
        assertEquals(42, AnswerSheet.number("٤٢"));
        assertEquals(new BigDecimal("4.5"), AnswerSheet.number("٤٫٥"));
        assertEquals(new BigDecimal("12345678901"), AnswerSheet.number("12345678901"));
    }

    @Test
    void blankTextIsNoAnswerAndOtherTextIsLeftForTheEngineToRefuse() {
        assertNull(AnswerSheet.number(null));
        assertNull(AnswerSheet.number(""));
        assertEquals("twelve", AnswerSheet.number(" twelve "));
    }
}
