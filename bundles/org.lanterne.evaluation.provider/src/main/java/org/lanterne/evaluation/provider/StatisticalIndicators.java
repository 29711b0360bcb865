package org.lanterne.evaluation.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.evaluation.api.Cohort;
import org.lanterne.evaluation.api.EvaluationData;
import org.lanterne.evaluation.api.EvaluationIndicators;
import org.lanterne.evaluation.api.IndicatorReport;
import org.lanterne.evaluation.api.ProgrammeSessions;
import org.lanterne.evaluation.api.RecordedSessions;
import org.lanterne.evaluation.api.SessionCount;
import org.lanterne.evaluation.api.Subgroup;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Indicators of the evaluation data for staff with READ on aggregates, every call audited. Reports
 * are kept until the data source gives another cohort: secondary suppression of a finely split
 * table takes seconds.
 */
// immediate: a delayed component would drop its reports and the session recorders bound to it whenever its last user lets go
@Component(configurationPid = StatisticalIndicators.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
@Designate(ocd = StatisticalIndicators.Config.class)
public class StatisticalIndicators implements EvaluationIndicators {

    static final String PID = "org.lanterne.evaluation.indicators";
    private static final String PROGRAMME = "programme";

    @ObjectClassDefinition(name = "Lanterne evaluation indicators", description = "What change, validity and time to the outcome measure.")
    public @interface Config {

        @AttributeDefinition(description = "Instrument whose total is compared between intake and the end of treatment")
        String changeInstrument() default "dynamic-needs-example";

        @AttributeDefinition(description = "Reliability (r_xx) of that total, for the reliable change index")
        double changeReliability() default 0.8;

        @AttributeDefinition(description = "Whether a fall of that total is an improvement")
        boolean changeLowerIsBetter() default true;

        @AttributeDefinition(description = "Instrument whose intake total should predict the outcome")
        String validityInstrument() default "static-99r";

        @AttributeDefinition(description = "Arm in which validity is measured; empty for every client")
        String validityArm() default "usual-care";

        @AttributeDefinition(description = "Days after enrolment within which the outcome counts for validity; survival curves stop there")
        int horizonDays() default 1096;

        @AttributeDefinition(description = "The validity instrument's bands, in order")
        String[] calibrationBands() default { "I", "II", "III", "IVa", "IVb" };

        @AttributeDefinition(description = "Expected rate of the outcome within the horizon per band, as band=rate; none by default")
        String[] expectedRates() default {};
    }

    private final EvaluationData data;
    private final AuditedCalls calls;
    private final OutcomeSettings settings;
    private final Map<String, IndicatorReport> reports = new ConcurrentHashMap<>();
    private Cohort reportsOf;

    /** The capabilities that record sessions (the notes, when installed). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<RecordedSessions> recorders = List.of();

    @Activate
    public StatisticalIndicators(@Reference EvaluationData data, @Reference AccessPolicy policy, @Reference SessionService sessions,
            @Reference AuditTrail audit, Config config) {
        this.data = data;
        this.calls = new AuditedCalls(policy, sessions, audit);
        this.settings = new OutcomeSettings(config.changeInstrument(), config.changeReliability(), config.changeLowerIsBetter(),
                config.validityInstrument(), config.validityArm(), config.horizonDays(),
                OutcomeSettings.expectedRates(config.calibrationBands(), config.expectedRates()));
    }

    @Override
    public List<String> programmes(Session session) {
        return calls.run(session, DataClass.AGGREGATE, "evaluation.programmes", null, null, user -> data.cohort().programmes(), Action.READ);
    }

    @Override
    public IndicatorReport report(Session session, String programme, Subgroup subgroup) {
        String named = programme != null && programme.length() <= 64 ? programme : null;
        return calls.run(session, DataClass.AGGREGATE, "evaluation.indicators", PROGRAMME, named,
                user -> cached(programme, subgroup == null ? Subgroup.NONE : subgroup), Action.READ);
    }

    @Override
    public List<ProgrammeSessions> recordedSessions(Session session) {
        return calls.run(session, DataClass.AGGREGATE, "evaluation.recorded-sessions", null, null, user -> {
            List<SessionCount> counts = new ArrayList<>();
            recorders.forEach(recorder -> counts.addAll(recorder.counts()));
            return RecordedSessionTables.of(counts);
        }, Action.READ);
    }

    private IndicatorReport cached(String programme, Subgroup subgroup) {
        Cohort cohort = data.cohort();
        synchronized (reports) {
            if (cohort != reportsOf) {
                reports.clear();
                reportsOf = cohort;
            }
        }
        return reports.computeIfAbsent(programme + "\n" + subgroup, key -> Reports.of(cohort, programme, subgroup, settings));
    }
}
