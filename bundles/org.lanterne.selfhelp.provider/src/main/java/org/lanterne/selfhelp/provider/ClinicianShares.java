package org.lanterne.selfhelp.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.selfhelp.api.SelfHelpShares;
import org.lanterne.selfhelp.api.SharedProgress;
import org.lanterne.selfhelp.provider.jpa.entities.EnrolmentEntity;
import org.lanterne.selfhelp.provider.jpa.entities.ShareEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The progress of the participants who shared it with the signed-in clinician, and of no one else.
 * Each participant's record read is one audit event naming the enrolment's random id.
 */
@Component
public class ClinicianShares implements SelfHelpShares {

    private static final String ACTION = "selfhelp.shared-read";

    private final SelfHelpDatabase database;
    private final SelfHelpProgrammes programmes;
    private final StaffChecks checks;

    @Activate
    public ClinicianShares(@Reference SelfHelpDatabase database, @Reference SelfHelpProgrammes programmes, @Reference AccessPolicy policy,
            @Reference SessionService sessions, @Reference AuditTrail audit) {
        this.database = database;
        this.programmes = programmes;
        this.checks = new StaffChecks(policy, sessions, audit);
    }

    @Override
    public List<SharedProgress> sharedWith(Session session) {
        String clinician = checks.readAllowed(session, DataClass.SELF_HELP_PARTICIPANT, ACTION, AnonymousParticipants.ENROLMENT, null);
        List<SharedProgress> shared = new ArrayList<>();
        for (ShareEntity share : database.sharedWith(clinician)) {
            Optional<EnrolmentEntity> enrolment = database.enrolment(share.enrolmentId());
            Optional<Programme> programme = enrolment.flatMap(e -> programmes.get(e.programmeId()));
            if (programme.isEmpty()) {
                continue; // a programme no longer offered has no modules to show progress against
            }
            checks.audit().record(clinician, ACTION, AnonymousParticipants.ENROLMENT, share.enrolmentId(), Outcome.SUCCESS);
            EnrolmentEntity e = enrolment.get();
            shared.add(new SharedProgress(share.id(), share.sharedOn(), Progressions.of(programme.get(), e.language(), e.enrolledOn(),
                    database.modulesDone(e.id()), database.answered(e.id()))));
        }
        return shared;
    }
}
