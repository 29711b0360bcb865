package org.lanterne.selfhelp.provider;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.Outcome;
import org.lanterne.instruments.api.InstrumentCatalog;
import org.lanterne.instruments.api.InstrumentDefinition;
import org.lanterne.instruments.api.InvalidAnswersException;
import org.lanterne.instruments.api.ScoreResult;
import org.lanterne.instruments.api.ScoringEngine;
import org.lanterne.selfhelp.api.Enrolment;
import org.lanterne.selfhelp.api.ModuleContent;
import org.lanterne.selfhelp.api.Page;
import org.lanterne.selfhelp.api.ParticipantSession;
import org.lanterne.selfhelp.api.ParticipantSessionExpiredException;
import org.lanterne.selfhelp.api.Profile;
import org.lanterne.selfhelp.api.Programme;
import org.lanterne.selfhelp.api.ProgrammeModule;
import org.lanterne.selfhelp.api.Progress;
import org.lanterne.selfhelp.api.Questionnaire;
import org.lanterne.selfhelp.api.RenderedPage;
import org.lanterne.selfhelp.api.ResumeRefusedException;
import org.lanterne.selfhelp.api.SelfHelpParticipants;
import org.lanterne.selfhelp.api.SelfHelpProgrammes;
import org.lanterne.selfhelp.api.SelfHelpRefusedException;
import org.lanterne.selfhelp.api.SelfHelpRefusedException.Reason;
import org.lanterne.selfhelp.provider.jpa.entities.AnswerEntity;
import org.lanterne.selfhelp.provider.jpa.entities.EnrolmentEntity;
import org.lanterne.store.api.KeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Anonymous participants: enrolment under a resume code that is never stored (a keyed lookup tag
 * finds the enrolment, a salted hash verifies the code, Argon2id the optional passphrase), progress, answers scored by the
 * instruments capability, sharing with a clinician, and erasure. Every write is audited as the
 * actor {@code participant} with the enrolment's random id; a withdrawal with no id at all.
 */
@Component(configurationPid = AnonymousParticipants.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true) // sessions live in it
@Designate(ocd = AnonymousParticipants.Config.class)
public class AnonymousParticipants implements SelfHelpParticipants {

    static final String PID = "org.lanterne.selfhelp.participants";
    static final String ACTOR = "participant";
    static final String ENROLMENT = "enrolment";
    static final int MAX_PASSPHRASE = 256;

    /** User names as the identity capability allows them. */
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ObjectClassDefinition(name = "Lanterne self-help participants", description = "How long participant sessions last.")
    public @interface Config {

        @AttributeDefinition(description = "Minutes without use after which a participant session ends")
        int idleTimeoutMinutes() default 30;

        @AttributeDefinition(description = "Minutes after which a participant session ends however it is used")
        int absoluteTimeoutMinutes() default 240;
    }

    private final SelfHelpDatabase database;
    private final SelfHelpProgrammes programmes;
    private final InstrumentCatalog instruments;
    private final ScoringEngine engine;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemDefaultZone();
    private final SecureRandom random = new SecureRandom();
    private final ResumeCodes codes = new ResumeCodes(random);
    private final CodeHashes codeHashes = new CodeHashes(random);
    private final Argon2id passphraseHashes = new Argon2id(random);
    private final ResumeThrottle throttle = new ResumeThrottle(clock);
    private final CodeLookup lookup;
    private final ParticipantSessions sessions;
    /** Checked when a code is unknown, so that unknown and known codes take the same time. */
    private final String decoyCode;
    /** Checked when a passphrase is given for a code without one or an unknown code: every passphrase given costs one Argon2id. */
    private final String decoyPassphrase;

    @Activate
    public AnonymousParticipants(@Reference SelfHelpDatabase database, @Reference SelfHelpProgrammes programmes,
            @Reference InstrumentCatalog instruments, @Reference ScoringEngine engine, @Reference AuditTrail audit,
            @Reference KeyService keys, Config config) {
        this.database = database;
        this.programmes = programmes;
        this.instruments = instruments;
        this.engine = engine;
        this.audit = audit;
        byte[] key = keys.key(CodeLookup.KEY_NAME);
        this.lookup = new CodeLookup(key);
        Arrays.fill(key, (byte) 0);
        this.sessions = new ParticipantSessions(clock, Duration.ofMinutes(Math.max(1, config.idleTimeoutMinutes())),
                Duration.ofMinutes(Math.max(1, config.absoluteTimeoutMinutes())), random);
        this.decoyCode = codeHashes.hash(ResumeCodes.canonical(codes.next()).orElseThrow());
        this.decoyPassphrase = passphraseHashes.hash(codes.next().toCharArray());
    }

    @Deactivate
    void deactivate() {
        lookup.forget();
    }

    @Override
    public Enrolment enrol(String programmeId, String language, boolean consent, Profile profile, char[] passphrase) {
        try {
            Programme programme = programmes.get(programmeId)
                    .orElseThrow(() -> new SelfHelpRefusedException(Reason.UNKNOWN_PROGRAMME, "There is no programme '" + programmeId + "'.", programmeId));
            if (!consent) {
                throw new SelfHelpRefusedException(Reason.CONSENT_REQUIRED, "Enrolment needs your consent: nothing was stored.");
            }
            if (!programme.languages().contains(language)) {
                throw new SelfHelpRefusedException(Reason.LANGUAGE_NOT_OFFERED, "The language must be one of " + programme.languages() + ".",
                        String.join(", ", programme.languages()));
            }
            Profile chosen = profile == null ? Profile.NONE : profile;
            offered("ageBand", chosen.ageBand(), programme.profile().ageBands());
            offered("country", chosen.country(), programme.profile().countries());
            offered("referral", chosen.referral(), programme.profile().referrals());
            if (passphrase != null && passphrase.length > MAX_PASSPHRASE) {
                throw new SelfHelpRefusedException(Reason.PASSPHRASE_TOO_LONG, "A passphrase has at most " + MAX_PASSPHRASE + " characters.",
                        Integer.toString(MAX_PASSPHRASE));
            }
            String code = codes.next();
            String canonical = ResumeCodes.canonical(code).orElseThrow();
            String id = UUID.randomUUID().toString();
            EnrolmentEntity enrolment = new EnrolmentEntity(id, lookup.tag(canonical), codeHashes.hash(canonical),
                    empty(passphrase) ? null : passphraseHashes.hash(passphrase), programme.id(), language, chosen.ageBand(), chosen.country(),
                    chosen.referral(), today());
            database.enrol(enrolment, () -> audited("selfhelp.enrol", id));
            return new Enrolment(code, sessions.open(id, programme.id(), language));
        } finally {
            wipe(passphrase);
        }
    }

    @Override
    public ParticipantSession resume(String resumeCode, char[] passphrase) {
        try {
            String canonical = ResumeCodes.canonical(resumeCode).orElseThrow(
                    () -> new SelfHelpRefusedException(Reason.CODE_MALFORMED, "A resume code has 20 letters and digits, in five groups of four."));
            String tag = lookup.tag(canonical);
            Optional<EnrolmentEntity> found = throttle.locked(tag) ? Optional.empty() : database.byLookupTag(tag);
            boolean codeMatches = codeHashes.matches(canonical, found.map(EnrolmentEntity::codeHash).orElse(decoyCode)) && found.isPresent();
            String passphraseHash = codeMatches ? found.get().passphraseHash() : null;
            if (!codeMatches || !passphraseMatches(passphraseHash, passphrase)) {
                throttle.failed(tag);
                audit.record(ACTOR, "selfhelp.resume", ENROLMENT, null, Outcome.DENIED);
                throw new ResumeRefusedException();
            }
            throttle.succeeded(tag);
            EnrolmentEntity enrolment = found.get();
            audited("selfhelp.resume", enrolment.id());
            return sessions.open(enrolment.id(), enrolment.programmeId(), enrolment.language());
        } finally {
            wipe(passphrase);
        }
    }

    /** Hashes a given passphrase exactly once whatever the enrolment, so that the time taken tells nothing about it. */
    private boolean passphraseMatches(String passphraseHash, char[] passphrase) {
        if (empty(passphrase)) {
            return passphraseHash == null;
        }
        boolean matches = passphraseHashes.matches(passphrase, passphraseHash == null ? decoyPassphrase : passphraseHash);
        return matches && passphraseHash != null;
    }

    @Override
    public Optional<ParticipantSession> validate(String token) {
        return sessions.validate(token);
    }

    @Override
    public void signOut(ParticipantSession session) {
        sessions.close(session == null ? null : session.token());
    }

    @Override
    public Progress progress(ParticipantSession session) {
        ParticipantSessions.Open open = open(session);
        EnrolmentEntity enrolment = database.enrolment(open.enrolment()).orElseThrow(ParticipantSessionExpiredException::new);
        Progress progress = Progressions.of(programme(open), enrolment.language(), enrolment.enrolledOn(),
                database.modulesDone(open.enrolment()), database.answered(open.enrolment()));
        audited("selfhelp.progress", open.enrolment());
        return progress;
    }

    @Override
    public ModuleContent module(ParticipantSession session, String moduleId, String language) {
        ParticipantSessions.Open open = open(session);
        Programme programme = programme(open);
        ProgrammeModule module = module(programme, moduleId);
        String shown = programme.languages().contains(language) ? language : open.language();
        return new ModuleContent(module.id(), module.title().get(shown), rendered(module.pages(), shown), rendered(module.exercises(), shown));
    }

    private static List<RenderedPage> rendered(List<Page> pages, String language) {
        return pages.stream().map(p -> new RenderedPage(p.title().get(language), MarkdownPages.html(p.body().get(language)))).toList();
    }

    @Override
    public void moduleDone(ParticipantSession session, String moduleId) {
        ParticipantSessions.Open open = open(session);
        ProgrammeModule module = module(programme(open), moduleId);
        database.moduleDone(open.enrolment(), module.id(), today(), () -> audited("selfhelp.module-done", open.enrolment()));
    }

    @Override
    public ScoreResult answer(ParticipantSession session, String questionnaireId, Map<String, Object> answers) {
        ParticipantSessions.Open open = open(session);
        Questionnaire questionnaire = programme(open).questionnaire(questionnaireId)
                .orElseThrow(() -> new SelfHelpRefusedException(Reason.UNKNOWN_QUESTIONNAIRE, "The programme has no questionnaire '" + questionnaireId + "'.",
                        questionnaireId));
        InstrumentDefinition instrument = instruments.get(questionnaire.instrument())
                .orElseThrow(() -> new SelfHelpRefusedException(Reason.QUESTIONNAIRE_UNAVAILABLE, "This questionnaire cannot be answered at the moment."));
        ScoreResult result = engine.score(instrument, answers, null);
        if (!result.valid()) {
            throw new InvalidAnswersException(result);
        }
        Integer total = result.totals().values().stream().findFirst().orElse(null);
        AnswerEntity answer = new AnswerEntity(UUID.randomUUID().toString(), open.enrolment(), questionnaire.id(), instrument.id(),
                instrument.version(), today(), total, result.band() == null ? null : result.band().code(), json(answers));
        database.answer(answer, today(), () -> audited("selfhelp.answer", open.enrolment()));
        return result;
    }

    @Override
    public void share(ParticipantSession session, String clinician) {
        ParticipantSessions.Open open = open(session);
        String name = clinician == null ? "" : clinician.strip().toLowerCase(Locale.ROOT);
        if (!USER_NAME.matcher(name).matches()) {
            throw new SelfHelpRefusedException(Reason.CLINICIAN_NAME, "Give the clinician's user name: 3 to 64 letters, digits, '.', '_' or '-'.");
        }
        database.share(open.enrolment(), name, today(), () -> audited("selfhelp.share", open.enrolment()));
    }

    @Override
    public void withdraw(ParticipantSession session) {
        ParticipantSessions.Open open = open(session);
        // the erasure is recorded, but nothing in its event can be linked to the erased participant
        database.erase(open.enrolment(), () -> audit.record(ACTOR, "selfhelp.withdraw", ENROLMENT, null, Outcome.SUCCESS));
        sessions.closeAllOf(open.enrolment());
    }

    private ParticipantSessions.Open open(ParticipantSession session) {
        return sessions.use(session == null ? null : session.token()).orElseThrow(ParticipantSessionExpiredException::new);
    }

    private Programme programme(ParticipantSessions.Open open) {
        return programmes.get(open.programme()).orElseThrow(
                () -> new SelfHelpRefusedException(Reason.PROGRAMME_UNAVAILABLE, "Your programme is not offered at the moment."));
    }

    private static ProgrammeModule module(Programme programme, String moduleId) {
        return programme.module(moduleId).orElseThrow(
                () -> new SelfHelpRefusedException(Reason.UNKNOWN_MODULE, "The programme has no module '" + moduleId + "'.", moduleId));
    }

    private void audited(String action, String enrolment) {
        audit.record(ACTOR, action, ENROLMENT, enrolment, Outcome.SUCCESS);
    }

    private static void offered(String field, String value, List<String> offered) {
        if (value != null && !offered.contains(value)) {
            throw new SelfHelpRefusedException(Reason.VALUE_NOT_OFFERED, "'" + field + "' must be one of the programme's values: " + offered + ".",
                    field, String.join(", ", offered));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String json(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            // no cause: its message could quote an answer
            throw new SelfHelpRefusedException(Reason.ANSWERS_NOT_STORABLE, "The answers cannot be stored as JSON.");
        }
    }

    private static boolean empty(char[] passphrase) {
        return passphrase == null || passphrase.length == 0;
    }

    private static void wipe(char[] passphrase) {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }
}
