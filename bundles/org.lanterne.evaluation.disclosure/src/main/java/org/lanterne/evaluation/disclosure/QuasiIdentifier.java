package org.lanterne.evaluation.disclosure;

/**
 * A column that could help recognise someone when combined with others (age band, site, dates).
 *
 * @param column    its position in each record
 * @param name      its name, for the report
 * @param hierarchy how it is generalised
 */
public record QuasiIdentifier(int column, String name, Hierarchy hierarchy) {
}
