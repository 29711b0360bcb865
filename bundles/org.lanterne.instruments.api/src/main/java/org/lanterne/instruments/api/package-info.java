/**
 * The instruments capability: risk-assessment and needs instruments described as data
 * ({@link org.lanterne.instruments.api.InstrumentDefinition}), the catalog of the definitions an
 * installation offers ({@link org.lanterne.instruments.api.InstrumentCatalog}) and the pure
 * scoring function ({@link org.lanterne.instruments.api.ScoringEngine}), and the assessments
 * recorded with them ({@link org.lanterne.instruments.api.AssessmentRecords}).
 */
@Export
@Version("1.1.0")
package org.lanterne.instruments.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
