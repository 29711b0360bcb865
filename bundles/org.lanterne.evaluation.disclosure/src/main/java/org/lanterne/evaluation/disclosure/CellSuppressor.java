package org.lanterne.evaluation.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Suppresses the small counts of a table (primary suppression), then more counts (secondary
 * suppression) until none of the small ones can be worked out from what stays shown:
 * <ol>
 * <li>no addition (a row, a column, the totals) may have exactly one suppressed value;</li>
 * <li>no small count may be pinned to one value by a reader who combines every addition with the
 *     shown values and what is known of small counts (between 1, or 0 when zeros are suppressed,
 *     and the threshold - 1): its smallest and largest possible values, found by linear
 *     programming, must differ.</li>
 * </ol>
 * Each round suppresses one more value, the smallest non-zero cell of an addition that needs it
 * (zero cells next, totals last), so as little as possible is lost.
 */
final class CellSuppressor {

    private final CountTable table;
    private final SmallCellRule rule;
    private final long[] values;
    private final List<TableLayout.Equation> equations;
    private final Suppression[] marks;

    CellSuppressor(CountTable table, SmallCellRule rule) {
        this.table = table;
        this.rule = rule;
        this.values = TableLayout.values(table);
        this.equations = TableLayout.equations(table);
        this.marks = new Suppression[values.length];
    }

    SuppressedTable run() {
        for (int value = 0; value < values.length; value++) {
            marks[value] = rule.tooSmall(values[value]) ? Suppression.SMALL : Suppression.SHOWN;
        }
        while (protectOneMore()) {
            // each round hides one more value; there are finitely many
        }
        return new SuppressedTable(table, rule, marks);
    }

    /** @return whether another value had to be suppressed */
    private boolean protectOneMore() {
        for (TableLayout.Equation equation : equations) {
            if (hidden(equation).size() == 1 && hideComplement(equation)) {
                return true;
            }
        }
        for (int value = 0; value < values.length; value++) {
            if (marks[value] == Suppression.SMALL && determined(value)) {
                int small = value;
                for (TableLayout.Equation equation : equations.stream().filter(e -> e.involves(small))
                        .sorted(Comparator.comparingInt(e -> hidden(e).size())).toList()) {
                    if (hideComplement(equation)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Integer> hidden(TableLayout.Equation equation) {
        return values(equation).filter(v -> marks[v] != Suppression.SHOWN).boxed().toList();
    }

    private IntStream values(TableLayout.Equation equation) {
        return IntStream.concat(IntStream.of(equation.members()), IntStream.of(equation.total()));
    }

    /** Suppresses the shown value of the addition whose loss costs least; false if all are suppressed already. */
    private boolean hideComplement(TableLayout.Equation equation) {
        Comparator<Integer> leastLoss = Comparator.<Integer>comparingInt(v -> TableLayout.isCell(table, v) ? 0 : 1)
                .thenComparingInt(v -> values[v] > 0 ? 0 : 1)
                .thenComparingLong(v -> values[v])
                .thenComparingInt(v -> v);
        return values(equation).filter(v -> marks[v] == Suppression.SHOWN).boxed().min(leastLoss).map(v -> {
            marks[v] = Suppression.COMPLEMENTARY;
            return true;
        }).orElse(false);
    }

    /**
     * Whether a reader can find the value exactly: its smallest and largest value under every
     * addition, the shown values and the bounds of small counts coincide. The additions of a table
     * are totally unimodular, so the linear programme's bounds are the integer ones.
     */
    private boolean determined(int value) {
        List<Integer> unknowns = IntStream.range(0, values.length).filter(v -> marks[v] != Suppression.SHOWN).boxed().toList();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (TableLayout.Equation equation : equations) {
            double[] coefficients = new double[unknowns.size()];
            double shownPart = 0;
            for (int member : equation.members()) {
                int unknown = unknowns.indexOf(member);
                if (unknown >= 0) {
                    coefficients[unknown] = 1;
                } else {
                    shownPart += values[member];
                }
            }
            int total = unknowns.indexOf(equation.total());
            if (total >= 0) {
                coefficients[total] = -1;
            } else {
                shownPart -= values[equation.total()];
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -shownPart));
        }
        for (int i = 0; i < unknowns.size(); i++) {
            if (marks[unknowns.get(i)] == Suppression.SMALL) {
                double[] unit = new double[unknowns.size()];
                unit[i] = 1;
                constraints.add(new LinearConstraint(unit, Relationship.GEQ, rule.suppressZeros() ? 0 : 1));
                constraints.add(new LinearConstraint(unit, Relationship.LEQ, rule.threshold() - 1));
            }
        }
        double[] objective = new double[unknowns.size()];
        objective[unknowns.indexOf(value)] = 1;
        return extreme(objective, constraints, GoalType.MAXIMIZE) - extreme(objective, constraints, GoalType.MINIMIZE) < 0.5;
    }

    private static double extreme(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        return new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
    }
}
