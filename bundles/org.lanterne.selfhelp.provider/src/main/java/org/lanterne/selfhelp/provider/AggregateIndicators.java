package org.lanterne.selfhelp.provider;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.selfhelp.api.Indicators;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.SelfHelpIndicators;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Programme indicators for staff with READ on aggregates, small counts suppressed, every call audited. */
@Component(configurationPid = AggregateIndicators.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AggregateIndicators.Config.class)
public class AggregateIndicators implements SelfHelpIndicators {

    static final String PID = "org.lanterne.selfhelp.indicators";
    private static final String ACTION = "selfhelp.indicators";
    private static final String PROGRAMME = "programme";

    @ObjectClassDefinition(name = "Lanterne self-help indicators", description = "How dropout is counted.")
    public @interface Config {

        @AttributeDefinition(description = "Days without activity after which a participant who has not completed counts as dropped out")
        int dropoutAfterDays() default 28;
    }

    private final SelfHelpDatabase database;
    private final SelfHelpProgrammes programmes;
    private final StaffChecks checks;
    private final int dropoutAfterDays;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public AggregateIndicators(@Reference SelfHelpDatabase database, @Reference SelfHelpProgrammes programmes, @Reference AccessPolicy policy,
            @Reference SessionService sessions, @Reference AuditTrail audit, Config config) {
        this.database = database;
        this.programmes = programmes;
        this.checks = new StaffChecks(policy, sessions, audit);
        this.dropoutAfterDays = Math.max(1, config.dropoutAfterDays());
    }

    @Override
    public Indicators indicators(Session session, String programmeId) {
        String named = programmeId != null && programmeId.length() <= 64 ? programmeId : null;
        String user = checks.readAllowed(session, DataClass.AGGREGATE, ACTION, PROGRAMME, named);
        Programme programme = programmes.get(programmeId).orElseThrow(() -> new NoSuchElementException("There is no programme '" + named + "'."));
        Indicators indicators = IndicatorTables.of(programme, database.participants(programme.id()), LocalDate.now(clock), dropoutAfterDays);
        checks.audit().record(user, ACTION, PROGRAMME, programme.id(), Outcome.SUCCESS);
        return indicators;
    }
}
