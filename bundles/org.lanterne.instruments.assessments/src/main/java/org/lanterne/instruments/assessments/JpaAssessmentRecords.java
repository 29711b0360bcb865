package org.lanterne.instruments.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionExpiredException;
import org.lanterne.identity.api.SessionService;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentChange;
import org.lanterne.instruments.api.AssessmentRecords;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.RaterAgreement;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.instruments.assessments.jpa.entities.AssessmentEntity;
import org.lanterne.instruments.assessments.jpa.entities.DefinitionSnapshotEntity;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManagerFactory;

/**
 * Assessments in the installation's database (unit {@code lanterne.assessments}). Every call is
 * checked against the permission matrix and recorded in the audit trail with its outcome, naming
 * the assessment or a keyed hash of the participant code, never the code. Each definition used is
 * kept as a snapshot, so that stored assessments can be scored again after it is withdrawn.
 */
@Component(immediate = true) // a delayed component would close its factory whenever its last user lets go
public class JpaAssessmentRecords implements AssessmentRecords {

    static final String UNIT = "lanterne.assessments";

    /** The export scope of the keyed hashes that name participants in the audit trail. */
    static final String AUDIT_SCOPE = "audit";

    private static final String ANONYMOUS = "anonymous";
    private static final String ASSESSMENT = "assessment";
    private static final String PARTICIPANT = "participant";
    private static final String INSTRUMENT = "instrument";
    private static final Pattern ASSESSMENT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern INSTRUMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final EntityManagerFactory entityManagers;
    private final AssessmentStore store;
    private final AccessPolicy policy;
    private final SessionService sessions;
    private final AuditTrail audit;
    private final Pseudonyms pseudonyms;
    private final InstrumentCatalog catalog;
    private final ScoringEngine engine;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public JpaAssessmentRecords(@Reference PersistenceService persistence, @Reference AccessPolicy policy,
            @Reference SessionService sessions, @Reference AuditTrail audit, @Reference Pseudonyms pseudonyms,
            @Reference InstrumentCatalog catalog, @Reference ScoringEngine engine, BundleContext context) {
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.pseudonyms = pseudonyms;
        this.catalog = catalog;
        this.engine = engine;
        this.entityManagers = persistence.open(context.getBundle(), UNIT);
        this.store = new AssessmentStore(entityManagers);
    }

    @Deactivate
    void deactivate() {
        entityManagers.close();
    }

    @Override
    public Assessment record(Session session, String participantCode, String instrumentId, String version, LocalDate assessedOn,
            Map<String, Object> answers, String bandProfile) {
        Optional<String> user = liveUser(session);
        String actor = user.orElse(ANONYMOUS);
        try {
            policy.check(session, Action.CREATE, DataClass.ASSESSMENT);
            String rater = user.orElseThrow(() -> new SessionExpiredException(Action.CREATE, DataClass.ASSESSMENT));
            String code = normalized(participantCode);
            if (assessedOn == null || assessedOn.isAfter(LocalDate.now(clock))) {
                throw new IllegalArgumentException("The day of the assessment is missing or after today.");
            }
            Objects.requireNonNull(answers, "answers");
            InstrumentDefinition definition = (version == null ? catalog.get(instrumentId) : catalog.get(instrumentId, version))
                    .orElseThrow(() -> new NoSuchElementException("The catalog has no such instrument or version."));
            ScoreResult result = engine.score(definition, answers, bandProfile);
            if (!result.valid()) {
                throw new InvalidAnswersException(result);
            }
            String id = UUID.randomUUID().toString();
            // Milliseconds: what every engine stores, so the record returned equals the record read back.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            AssessmentEntity entity = new AssessmentEntity(id, code, definition.id(), definition.version(), kept(definition), rater,
                    assessedOn, now, bandProfile, JsonColumns.write(answers), JsonColumns.write(result));
            store.insert(entity, () -> audit.record(actor, "assessment-record", ASSESSMENT, id, Outcome.SUCCESS));
            return toAssessment(entity);
        } catch (RuntimeException e) {
            throw recorded(e, actor, "assessment-record", PARTICIPANT, participantKey(participantCode));
        }
    }

    /** @return the hash of the definition's snapshot, kept now if it was not yet */
    private String kept(InstrumentDefinition definition) {
        String json = JsonColumns.writeDefinition(definition);
        String hash = JsonColumns.sha256(json);
        store.keep(new DefinitionSnapshotEntity(hash, definition.id(), definition.version(), json));
        return hash;
    }

    @Override
    public List<Assessment> list(Session session, String participantCode) {
        return audited(session, "assessment-list", PARTICIPANT, participantKey(participantCode), () -> {
            policy.check(session, Action.READ, DataClass.ASSESSMENT);
            return store.ofParticipant(normalized(participantCode)).stream().map(JpaAssessmentRecords::toAssessment).toList();
        });
    }

    @Override
    public List<AssessmentChange> history(Session session, String participantCode, String instrumentId) {
        return audited(session, "assessment-history", PARTICIPANT, participantKey(participantCode), () -> {
            policy.check(session, Action.READ, DataClass.ASSESSMENT);
            return History.of(store.ofParticipant(normalized(participantCode), instrumentId).stream()
                    .map(JpaAssessmentRecords::toAssessment).toList());
        });
    }

    @Override
    public ScoreResult recompute(Session session, String assessmentId) {
        String named = assessmentId != null && ASSESSMENT_ID.matcher(assessmentId).matches() ? assessmentId : null;
        return audited(session, "assessment-recompute", ASSESSMENT, named, () -> {
            policy.check(session, Action.READ, DataClass.ASSESSMENT);
            AssessmentEntity stored = (named == null ? Optional.<AssessmentEntity>empty() : store.find(named))
                    .orElseThrow(() -> new NoSuchElementException("There is no such assessment."));
            DefinitionSnapshotEntity snapshot = store.snapshot(stored.definitionHash())
                    .orElseThrow(() -> new IllegalStateException("The definition of assessment " + named + " is not kept."));
            return engine.score(JsonColumns.definition(snapshot.definitionJson()), JsonColumns.answers(stored.answersJson()),
                    stored.bandProfile());
        });
    }

    @Override
    public RaterAgreement agreement(Session session, String instrumentId, String raterA, String raterB) {
        String named = instrumentId != null && INSTRUMENT_ID.matcher(instrumentId).matches() ? instrumentId : null;
        return audited(session, "assessment-agreement", INSTRUMENT, named, () -> {
            policy.check(session, Action.READ, DataClass.ASSESSMENT);
            if (instrumentId == null || raterA == null || raterB == null) {
                throw new IllegalArgumentException("Name the instrument and two raters.");
            }
            // Account names are stored in lower case.
            String a = raterA.toLowerCase(Locale.ROOT);
            String b = raterB.toLowerCase(Locale.ROOT);
            if (a.equals(b)) {
                throw new IllegalArgumentException("Agreement needs two different raters.");
            }
            List<Assessment> both = store.ofRaters(instrumentId, a, b).stream().map(JpaAssessmentRecords::toAssessment).toList();
            return RaterPairs.agreement(instrumentId, a, b, both);
        });
    }

    /** Runs a read and records who asked, about what, and how it ended; a read whose event cannot be stored is not answered. */
    private <T> T audited(Session session, String action, String recordType, String recordId, Supplier<T> operation) {
        String actor = liveUser(session).orElse(ANONYMOUS);
        T result;
        try {
            result = operation.get();
        } catch (RuntimeException e) {
            throw recorded(e, actor, action, recordType, recordId);
        }
        audit.record(actor, action, recordType, recordId, Outcome.SUCCESS);
        return result;
    }

    /** Records a refused or failed call and gives back its exception, to be thrown. */
    private RuntimeException recorded(RuntimeException e, String actor, String action, String recordType, String recordId) {
        try {
            audit.record(actor, action, recordType, recordId, e instanceof AccessDeniedException ? Outcome.DENIED : Outcome.FAILED);
        } catch (RuntimeException auditFailure) {
            e.addSuppressed(auditFailure);
        }
        return e;
    }

    /** The user of the live session with this token: a session record's own user name is not trusted. */
    private Optional<String> liveUser(Session session) {
        return session == null || session.token() == null ? Optional.empty() : sessions.validate(session.token()).map(Session::user);
    }

    private String normalized(String participantCode) {
        if (participantCode == null || !pseudonyms.isWellFormed(participantCode)) {
            throw new IllegalArgumentException("The participant code is not well formed.");
        }
        return pseudonyms.normalize(participantCode);
    }

    /** @return the keyed hash that names the participant in the audit trail, or {@code null} for a code that is not well formed */
    private String participantKey(String participantCode) {
        return participantCode != null && pseudonyms.isWellFormed(participantCode) ? pseudonyms.exportId(AUDIT_SCOPE, participantCode) : null;
    }

    private static Assessment toAssessment(AssessmentEntity e) {
        return new Assessment(e.id(), e.participantCode(), e.instrumentId(), e.instrumentVersion(), e.rater(), e.assessedOn(),
                e.recordedAt(), JsonColumns.answers(e.answersJson()), e.bandProfile(), JsonColumns.result(e.resultJson()));
    }
}
