package org.lanterne.evaluation.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

    @Test
    void aSmallCountInAOneWayTableTakesTheNextSmallestWithIt() {
        SuppressedTable published = new CountTable(List.of("enrolments"), List.of("rabat", "casablanca", "tanger"),
                new long[][] { { 3, 10, 20 } }).suppress(SmallCellRule.DEFAULT);
        assertEquals(List.of("<5", "x", "20"), List.of(published.shownCell(0, 0), published.shownCell(0, 1), published.shownCell(0, 2)));
        assertEquals("33", published.shownGrandTotal());
        assertEquals(List.of(Suppression.SMALL, Suppression.COMPLEMENTARY, Suppression.SHOWN),
                List.of(published.columnTotal(0), published.columnTotal(1), published.columnTotal(2)),
                "in a one-way table each column total is its one cell");
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        SuppressedTable published = new CountTable(List.of("a", "b"), List.of("x", "y"), new long[][] { { 5, 0 }, { 12, 7 } })
                .suppress(SmallCellRule.DEFAULT);
        assertEquals(0, published.count(Suppression.SMALL) + published.count(Suppression.COMPLEMENTARY));
        assertEquals("0", published.shownCell(0, 1), "zeros are shown unless the rule says otherwise");
    }

    @Test
    void twoSmallCountsThatWouldPinEachOtherGetAThirdValueHidden() {
        // 1 + 1 = 2 in a row: knowing that small counts are at least 1, a reader would find both.
        SuppressedTable published = new CountTable(List.of("r"), List.of("a", "b", "c"), new long[][] { { 1, 1, 30 } })
                .suppress(SmallCellRule.DEFAULT);
        assertEquals(List.of("<5", "<5", "x"), List.of(published.shownCell(0, 0), published.shownCell(0, 1), published.shownCell(0, 2)));
    }

    @Test
    void zerosAreSuppressedWhenTheRuleSaysSo() {
        SuppressedTable published = new CountTable(List.of("r"), List.of("a", "b", "c"), new long[][] { { 0, 8, 9 } })
                .suppress(new SmallCellRule(5, true));
        assertEquals("<5", published.shownCell(0, 0));
        assertEquals("x", published.shownCell(0, 1));
    }

    /**
     * For hundreds of random tables, a reader who solves the linear programme "smallest and largest
     * value of this cell, given every shown count and total and the bounds of small counts" never
     * finds a small count exactly. The constraints of a table's additions are totally unimodular, so
     * the programme's bounds are the integer ones.
     */
    @Test
    void noSmallCountCanBeWorkedOutFromWhatIsShownInRandomTables() {
        Random random = new Random(20261123);
        int checked = 0;
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(4);
            int columns = 2 + random.nextInt(4);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextDouble() < 0.35 ? random.nextInt(5) : 5 + random.nextInt(40);
                }
            }
            SmallCellRule rule = random.nextBoolean() ? SmallCellRule.DEFAULT : new SmallCellRule(11, random.nextBoolean());
            SuppressedTable published = new CountTable(names("r", rows), names("c", columns), counts).suppress(rule);
            checked += assertNoSmallCountIsPinned(published);
        }
        assertTrue(checked > 300, "enough small counts were attacked: " + checked);
    }

    @Test
    void badTablesAreRefusedWithWhatIsWrong() {
        assertEquals("Counts are zero or more; row r has -1.", assertThrows(IllegalArgumentException.class,
                () -> new CountTable(List.of("r"), List.of("a"), new long[][] { { -1 } })).getMessage());
        assertEquals("Row r has 1 counts, not 2.", assertThrows(IllegalArgumentException.class,
                () -> new CountTable(List.of("r"), List.of("a", "b"), new long[][] { { 1 } })).getMessage());
        assertEquals("A small-cell threshold is 2 or more, not 1.",
                assertThrows(IllegalArgumentException.class, () -> new SmallCellRule(1, false)).getMessage());
    }

    private static int assertNoSmallCountIsPinned(SuppressedTable published) {
        CountTable table = published.table();
        long[] values = TableLayout.values(table);
        List<Integer> unknowns = new ArrayList<>();
        Suppression[] marks = new Suppression[values.length];
        for (int v = 0; v < values.length; v++) {
            marks[v] = mark(published, v);
            if (marks[v] != Suppression.SHOWN) {
                unknowns.add(v);
            }
        }
        int attacked = 0;
        for (int target : unknowns) {
            if (marks[target] != Suppression.SMALL) {
                continue;
            }
            Collection<LinearConstraint> constraints = new ArrayList<>();
            for (TableLayout.Equation equation : TableLayout.equations(table)) {
                double[] coefficients = new double[unknowns.size()];
                double known = 0;
                for (int member : equation.members()) {
                    if (unknowns.contains(member)) {
                        coefficients[unknowns.indexOf(member)] += 1;
                    } else {
                        known += values[member];
                    }
                }
                if (unknowns.contains(equation.total())) {
                    coefficients[unknowns.indexOf(equation.total())] -= 1;
                } else {
                    known -= values[equation.total()];
                }
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -known));
            }
            for (int i = 0; i < unknowns.size(); i++) {
                if (marks[unknowns.get(i)] == Suppression.SMALL) {
                    double[] unit = new double[unknowns.size()];
                    unit[i] = 1;
                    constraints.add(new LinearConstraint(unit, Relationship.GEQ, published.rule().suppressZeros() ? 0 : 1));
                    constraints.add(new LinearConstraint(unit, Relationship.LEQ, published.rule().threshold() - 1));
                }
            }
            double[] objective = new double[unknowns.size()];
            objective[unknowns.indexOf(target)] = 1;
            double lowest = solve(objective, constraints, GoalType.MINIMIZE);
            double highest = solve(objective, constraints, GoalType.MAXIMIZE);
            assertTrue(highest - lowest > 0.5, () -> "a small count can be worked out in " + java.util.Arrays.deepToString(table.counts())
                    + " under " + published.rule() + ": value " + target + " lies in [" + lowest + ", " + highest + "]");
            attacked++;
        }
        return attacked;
    }

    private static double solve(double[] objective, Collection<LinearConstraint> constraints, GoalType goal) {
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true));
        return optimum.getValue();
    }

    private static Suppression mark(SuppressedTable published, int value) {
        CountTable table = published.table();
        int cells = table.rows().size() * table.columns().size();
        if (value < cells) {
            return published.cell(value / table.columns().size(), value % table.columns().size());
        }
        if (value < cells + table.rows().size()) {
            return published.rowTotal(value - cells);
        }
        if (value < cells + table.rows().size() + table.columns().size()) {
            return published.columnTotal(value - cells - table.rows().size());
        }
        return published.grandTotal();
    }

    private static List<String> names(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(prefix + i);
        }
        return names;
    }
}
