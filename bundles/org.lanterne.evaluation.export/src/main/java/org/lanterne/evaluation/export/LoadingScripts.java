package org.lanterne.evaluation.export;

import java.util.List;
import java.util.Map;

/**
 * The codebook and the scripts that load {@code data.csv} with its variable and value labels into
 * R, SPSS or PSPP, and Stata. No maintained Java library writes SPSS {@code .sav} or Stata
 * {@code .dta} files (see decision 0006), so each tool makes its own native file from the CSV.
 */
final class LoadingScripts {

    private final List<Variable> variables;
    private final List<Map<String, Integer>> codes;

    LoadingScripts(List<Variable> variables, List<Map<String, Integer>> codes) {
        this.variables = variables;
        this.codes = codes;
    }

    /** @return the codebook as CSV rows: variable, type, label, unit, value labels ({@code 1=…; 2=…}), missing */
    List<String[]> codebook() {
        return java.util.stream.IntStream.range(0, variables.size()).mapToObj(c -> {
            Variable variable = variables.get(c);
            StringBuilder labels = new StringBuilder();
            codes.get(c).forEach((value, code) -> labels.append(labels.isEmpty() ? "" : "; ").append(code).append('=').append(labelOf(variable, value)));
            return new String[] { variable.exportedName(), type(variable), variable.label(), variable.unit(), labels.toString(), "empty cell" };
        }).toList();
    }

    String r() {
        StringBuilder script = new StringBuilder("""
                # Loads data.csv with its labels: source("load.R") in the folder of the export.
                data <- read.csv("data.csv", stringsAsFactors = FALSE, na.strings = "", encoding = "UTF-8")
                """);
        for (int c = 0; c < variables.size(); c++) {
            Variable variable = variables.get(c);
            String name = variable.exportedName();
            if (!codes.get(c).isEmpty()) {
                StringBuilder levels = new StringBuilder();
                StringBuilder labels = new StringBuilder();
                codes.get(c).forEach((value, code) -> {
                    levels.append(levels.isEmpty() ? "" : ", ").append(code);
                    labels.append(labels.isEmpty() ? "" : ", ").append(rString(labelOf(variable, value)));
                });
                script.append("data$").append(name).append(" <- factor(data$").append(name).append(", levels = c(").append(levels)
                        .append("), labels = c(").append(labels).append("))\n");
            }
            script.append("attr(data$").append(name).append(", \"label\") <- ").append(rString(variable.label())).append('\n');
        }
        return script.toString();
    }

    String spss() {
        StringBuilder script = new StringBuilder("""
                * Loads data.csv with its labels and saves data.sav: run in the folder of the export (SPSS or PSPP).
                GET DATA /TYPE=TXT /FILE='data.csv' /ENCODING='UTF8' /ARRANGEMENT=DELIMITED /DELIMITERS=',' /QUALIFIER='"'
                  /FIRSTCASE=2 /VARIABLES=""");
        for (Variable variable : variables) {
            script.append("\n    ").append(variable.exportedName()).append(' ').append(switch (variable.role()) {
                case PARTICIPANT -> "A16";
                case MEASURE -> "F16.6";
                default -> "F8.0";
            });
        }
        script.append(".\nVARIABLE LABELS");
        for (int c = 0; c < variables.size(); c++) {
            script.append(c == 0 ? " " : "\n  /").append(variables.get(c).exportedName()).append(' ').append(spssString(variables.get(c).label()));
        }
        script.append(".\n");
        for (int c = 0; c < variables.size(); c++) {
            if (!codes.get(c).isEmpty()) {
                Variable variable = variables.get(c);
                script.append("VALUE LABELS ").append(variable.exportedName());
                codes.get(c).forEach((value, code) -> script.append(' ').append(code).append(' ').append(spssString(labelOf(variable, value))));
                script.append(".\n");
            }
        }
        return script.append("SAVE OUTFILE='data.sav'.\n").toString();
    }

    String stata() {
        StringBuilder script = new StringBuilder("""
                * Loads data.csv with its labels: do load.do in the folder of the export.
                import delimited using "data.csv", varnames(1) encoding("utf-8") stringcols(1) clear
                """);
        for (int c = 0; c < variables.size(); c++) {
            Variable variable = variables.get(c);
            String name = variable.exportedName();
            script.append("label variable ").append(name).append(' ').append(stataString(variable.label())).append('\n');
            if (!codes.get(c).isEmpty()) {
                script.append("label define ").append(name).append("_labels");
                codes.get(c).forEach((value, code) -> script.append(' ').append(code).append(' ').append(stataString(labelOf(variable, value))));
                script.append("\nlabel values ").append(name).append(' ').append(name).append("_labels\n");
            }
        }
        return script.toString();
    }

    private static String type(Variable variable) {
        return switch (variable.role()) {
            case PARTICIPANT -> "text: export identifier";
            case DATE -> "integer";
            case MEASURE -> "number";
            default -> "integer code";
        };
    }

    private static String labelOf(Variable variable, String value) {
        return variable.valueLabels().getOrDefault(value, value);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }

    private static String rString(String text) {
        return '"' + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String spssString(String text) {
        return '\'' + oneLine(text).replace("'", "''") + '\'';
    }

    /** Stata's compound quotes hold any text but their own closing sequence, which is removed. */
    private static String stataString(String text) {
        return "`\"" + oneLine(text).replace("\"'", "\" '") + "\"'";
    }
}
