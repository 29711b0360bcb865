package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lanterne.itest.Framework.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.Outcome;
import org.lanterne.evaluation.api.EvaluationExports;
import org.lanterne.evaluation.api.EvaluationIndicators;
import org.lanterne.evaluation.api.ExportOrder;
import org.lanterne.evaluation.api.ExportRefusedException;
import org.lanterne.evaluation.api.IndicatorReport;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.evaluation.api.VariableSet;
import org.lanterne.evaluation.export.ExportManifest;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;

/**
 * The evaluation services on the installation's own identity, audit trail and keys (encrypted
 * Derby, then PostgreSQL), on the demo cohort, the default data source: who may read indicators
 * and make exports, and the audit event each call leaves, refusals included.
 */
@ExtendWith(BundleContextExtension.class)
class EvaluationIT {

    private static final ExportOrder ORDER = new ExportOrder("community-treatment", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
            VariableSet.ASSESSMENTS, 5);
    private static final String SCOPE = "community-treatment-assessments-2024-01-01-2025-12-31";

    @InjectBundleContext
    BundleContext context;

    @TempDir
    Path folder;

    @Test
    void aProgrammeLeadsExportNamesThemInItsManifestAndLeavesOneAuditEventWithItsScope() throws Exception {
        Session lead = Framework.signedIn(context, Role.PROGRAMME_LEAD);
        Path zip = folder.resolve("export.zip");

        ExportManifest manifest = service(context, EvaluationExports.class).export(lead, ORDER, zip);

        assertEquals(lead.user(), manifest.request().requestedBy());
        assertEquals(SCOPE, manifest.request().scope());
        try (ZipFile written = new ZipFile(zip.toFile())) {
            assertTrue(written.getEntry("data.csv") != null && written.getEntry("manifest.json") != null);
        }
        AuditEvent event = last(lead.user());
        assertEquals("evaluation.export", event.action());
        assertEquals("evaluation-export", event.recordType());
        assertEquals(SCOPE, event.recordId());
        assertEquals(Outcome.SUCCESS, event.outcome());
    }

    @Test
    void aResearcherMayNotMakeAnExportAndTheRefusalIsAuditedWithNothingWritten() throws Exception {
        Session researcher = Framework.signedIn(context, Role.RESEARCHER);
        Path zip = folder.resolve("refused.zip");

        assertThrows(AccessDeniedException.class, () -> service(context, EvaluationExports.class).export(researcher, ORDER, zip));

        assertFalse(Files.exists(zip));
        AuditEvent event = last(researcher.user());
        assertEquals("evaluation.export", event.action());
        assertEquals(Outcome.DENIED, event.outcome());
    }

    @Test
    void anOrderTheDataCannotMeetIsRefusedAndAuditedAsFailed() throws Exception {
        Session lead = Framework.signedIn(context, Role.PROGRAMME_LEAD);
        ExportOrder empty = new ExportOrder("community-treatment", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), VariableSet.PARTICIPATION, 5);

        ExportRefusedException refused = assertThrows(ExportRefusedException.class,
                () -> service(context, EvaluationExports.class).export(lead, empty, folder.resolve("empty.zip")));

        assertEquals("Nobody of programme community-treatment enrolled from 2030-01-01 to 2030-12-31.", refused.getMessage());
        assertEquals(Outcome.FAILED, last(lead.user()).outcome());
    }

    @Test
    void researchersReadIndicatorsOfTheDemoCohortAndAdministratorsDoNot() throws Exception {
        EvaluationIndicators indicators = service(context, EvaluationIndicators.class);
        Session researcher = Framework.signedIn(context, Role.RESEARCHER);

        assertEquals(List.of("community-treatment", "self-help-adults", "self-help-youth"), indicators.programmes(researcher));
        IndicatorReport report = indicators.report(researcher, "self-help-youth", Subgroup.COUNTRY);
        assertEquals("demo", report.source());
        assertEquals(report.enrolmentsByMonth().total(), report.funnel().rowTotals().get(0), "the funnel starts with everyone enrolled");
        assertTrue(report.funnel().cells().stream().flatMap(List::stream).noneMatch(v -> v.matches("[1-4]")), "no count from 1 to 4");
        AuditEvent read = last(researcher.user());
        assertEquals("evaluation.indicators", read.action());
        assertEquals("self-help-youth", read.recordId());

        Session administrator = Framework.administrator(context);
        assertThrows(AccessDeniedException.class, () -> indicators.report(administrator, "community-treatment", Subgroup.NONE));
        assertEquals(Outcome.DENIED, last(administrator.user()).outcome());
    }

    private AuditEvent last(String actor) throws InterruptedException {
        return Framework.auditEvents(context).stream().filter(e -> e.actor().equals(actor)).reduce((a, b) -> b).orElseThrow();
    }
}
