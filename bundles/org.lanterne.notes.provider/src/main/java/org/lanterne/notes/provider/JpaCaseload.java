package org.lanterne.notes.provider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lanterne.identity.api.AccessDeniedException;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.instruments.api.Assessment;
import org.lanterne.instruments.api.AssessmentRecords;
import org.lanterne.notes.api.Attendance;
import org.lanterne.notes.api.CaseFile;
import org.lanterne.notes.api.CaseSummary;
import org.lanterne.notes.api.Caseload;
import org.lanterne.notes.api.RiskFlag;
import org.lanterne.notes.api.RiskFlagKind;
import org.lanterne.notes.api.Timeline;
import org.lanterne.notes.api.TimelineEntry;
import org.lanterne.notes.provider.NotesDatabase.Tables;
import org.lanterne.notes.provider.jpa.entities.CaseEntity;
import org.lanterne.notes.provider.jpa.entities.CaseShareEntity;
import org.lanterne.notes.provider.jpa.entities.RiskFlagEntity;
import org.lanterne.notes.provider.jpa.entities.SessionEntity;
import org.lanterne.pseudonym.api.Pseudonyms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Caseloads, risk flags and timelines in the installation's database. A case names its client by
 * pseudonymous code; the alias its clinician gives it is sealed like note text. Assessments come
 * from the instruments capability when it is installed.
 */
@Component(immediate = true) // a delayed component would drop its optional assessments whenever its last user lets go
public class JpaCaseload implements Caseload {

    private static final Pattern PROGRAMME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int ALIAS_LENGTH = 80;
    private static final TypeReference<String> TEXT = new TypeReference<>() {
    };

    private final NotesDatabase database;
    private final SealedColumns sealed;
    private final CaseGuard guard;
    private final Pseudonyms pseudonyms;
    private final Clock clock = Clock.systemDefaultZone();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AssessmentRecords assessments;

    @Activate
    public JpaCaseload(@Reference NotesDatabase database, @Reference SealedColumns sealed, @Reference CaseGuard guard,
            @Reference Pseudonyms pseudonyms) {
        this.database = database;
        this.sealed = sealed;
        this.guard = guard;
        this.pseudonyms = pseudonyms;
    }

    @Override
    public CaseFile open(Session session, String clientCode, String alias, String programme, LocalDate startedOn) {
        String id = UUID.randomUUID().toString();
        return guard.write(session, "case-open", "case", id, actor -> {
            Session live = guard.allowed(session, Action.CREATE, DataClass.PERSON_IDENTIFYING);
            if (!live.roles().contains(Role.CLINICIAN)) {
                throw new AccessDeniedException(Action.CREATE, DataClass.PERSON_IDENTIFYING);
            }
            String code = code(clientCode);
            String shownAs = required(alias, "alias", ALIAS_LENGTH);
            if (programme == null || !PROGRAMME.matcher(programme).matches()) {
                throw new IllegalArgumentException("The programme must be lower-case letters, digits and dashes.");
            }
            if (startedOn == null) {
                throw new IllegalArgumentException("The first day of the programme is missing.");
            }
            CaseEntity entity = new CaseEntity(id, code, sealed.seal(shownAs, aliasPlace(id)), programme, startedOn, live.user(), now());
            return database.inTransaction(tables -> {
                tables.insert(entity);
                guard.succeeded(actor, "case-open", "case", id);
                return toCaseFile(entity, shownAs, List.of());
            });
        });
    }

    @Override
    public List<CaseSummary> cases(Session session) {
        return guard.read(session, "case-list", "case", null, actor -> {
            Session live = guard.allowed(session, Action.READ, DataClass.PERSON_IDENTIFYING);
            List<CaseSummary> summaries = database.inTransaction(tables -> {
                List<CaseEntity> cases = tables.cases(live.roles().contains(Role.SUPERVISOR) ? null : live.user());
                List<String> ids = cases.stream().map(CaseEntity::id).toList();
                Map<String, List<SessionEntity>> sessions = tables.sessions(ids).stream().collect(Collectors.groupingBy(SessionEntity::caseId));
                Map<String, Long> openFlags = tables.flags(ids).stream().filter(f -> f.resolvedAt() == null)
                        .collect(Collectors.groupingBy(RiskFlagEntity::caseId, Collectors.counting()));
                LocalDate today = LocalDate.now(clock);
                return cases.stream().map(c -> {
                    List<SessionEntity> held = sessions.getOrDefault(c.id(), List.of());
                    return new CaseSummary(toCaseFile(tables, c), lastSession(held, today), nextSession(held, today), Optional.empty(),
                            openFlags.getOrDefault(c.id(), 0L).intValue());
                }).toList();
            });
            return summaries.stream().map(s -> withLatestBand(session, s)).toList();
        });
    }

    @Override
    public CaseFile get(Session session, String caseId) {
        return guard.read(session, "case-read", "case", caseId, actor -> database.inTransaction(tables -> {
            CaseEntity file = readable(session, tables, caseId, DataClass.PERSON_IDENTIFYING);
            return toCaseFile(tables, file);
        }));
    }

    @Override
    public CaseFile share(Session session, String caseId, String clinician) {
        return guard.write(session, "case-share", "case", caseId, actor -> {
            String other = account(clinician);
            return database.inTransaction(tables -> {
                CaseEntity file = held(session, tables, caseId);
                if (!other.equals(file.clinician()) && !tables.sharedWith(caseId, other)) {
                    tables.insert(new CaseShareEntity(UUID.randomUUID().toString(), caseId, other, now()));
                }
                guard.succeeded(actor, "case-share", "case", caseId);
                return toCaseFile(tables, file);
            });
        });
    }

    @Override
    public CaseFile transfer(Session session, String caseId, String clinician) {
        return guard.write(session, "case-transfer", "case", caseId, actor -> {
            String other = account(clinician);
            return database.inTransaction(tables -> {
                CaseEntity file = held(session, tables, caseId);
                file.transferTo(other);
                tables.flush();
                guard.succeeded(actor, "case-transfer", "case", caseId);
                return toCaseFile(tables, file);
            });
        });
    }

    @Override
    public RiskFlag raise(Session session, String caseId, RiskFlagKind kind) {
        String id = UUID.randomUUID().toString();
        return guard.write(session, "flag-raise", "flag", id, actor -> {
            if (kind == null) {
                throw new IllegalArgumentException("The kind of risk is missing.");
            }
            return database.inTransaction(tables -> {
                Session live = guard.allowed(session, Action.CREATE, DataClass.CLINICAL_NOTE);
                CaseEntity file = tables.caseOf(caseId);
                guard.onCase(live, file, tables.sharedWith(caseId, live.user()), Action.CREATE, DataClass.CLINICAL_NOTE);
                RiskFlagEntity flag = new RiskFlagEntity(id, caseId, kind.name(), live.user(), now());
                tables.insert(flag);
                guard.succeeded(actor, "flag-raise", "flag", id);
                return toFlag(flag);
            });
        });
    }

    @Override
    public RiskFlag resolve(Session session, String flagId) {
        return guard.write(session, "flag-resolve", "flag", flagId, actor -> database.inTransaction(tables -> {
            RiskFlagEntity flag = tables.find(RiskFlagEntity.class, flagId, "flag");
            Session live = guard.allowed(session, Action.READ, DataClass.CLINICAL_NOTE);
            boolean supervisor = live.roles().contains(Role.SUPERVISOR);
            if (!supervisor && !flag.raisedBy().equals(live.user())) {
                throw new AccessDeniedException(Action.UPDATE, DataClass.CLINICAL_NOTE);
            }
            guard.allowed(session, supervisor ? Action.SIGN_OFF : Action.UPDATE, DataClass.CLINICAL_NOTE);
            flag.resolve(live.user(), now());
            tables.flush();
            guard.succeeded(actor, "flag-resolve", "flag", flagId);
            return toFlag(flag);
        }));
    }

    @Override
    public List<RiskFlag> alerts(Session session) {
        return guard.read(session, "flag-alerts", "flag", null, actor -> database.inTransaction(tables -> {
            Session live = guard.allowed(session, Action.READ, DataClass.CLINICAL_NOTE);
            if (live.roles().contains(Role.SUPERVISOR)) {
                return tables.openFlags().stream().map(JpaCaseload::toFlag).toList();
            }
            List<String> mine = tables.cases(live.user()).stream().map(CaseEntity::id).toList();
            return tables.flags(mine).stream().filter(f -> f.resolvedAt() == null).map(JpaCaseload::toFlag).toList();
        }));
    }

    @Override
    public Timeline timeline(Session session, String caseId) {
        return guard.read(session, "case-timeline", "case", caseId, actor -> {
            List<TimelineEntry> entries = new ArrayList<>();
            String code = database.inTransaction(tables -> {
                CaseEntity file = readable(session, tables, caseId, DataClass.CLINICAL_NOTE);
                for (SessionEntity s : tables.sessions(caseId)) {
                    entries.add(new TimelineEntry(s.heldOn(), TimelineEntry.Kind.SESSION, s.attendance(), s.id()));
                }
                for (RiskFlagEntity f : tables.flags(List.of(caseId))) {
                    entries.add(new TimelineEntry(day(f.raisedAt()), TimelineEntry.Kind.FLAG_RAISED, f.kind(), f.id()));
                    if (f.resolvedAt() != null) {
                        entries.add(new TimelineEntry(day(f.resolvedAt()), TimelineEntry.Kind.FLAG_RESOLVED, f.kind(), f.id()));
                    }
                }
                return file.clientCode();
            });
            for (Assessment a : assessmentsOf(session, code)) {
                entries.add(new TimelineEntry(a.assessedOn(), TimelineEntry.Kind.ASSESSMENT, a.instrumentId() + " " + a.bandCode(), a.id()));
            }
            entries.sort(Comparator.comparing(TimelineEntry::day));
            return new Timeline(caseId, entries, AttendanceRate.of(entries.stream()
                    .filter(e -> e.kind() == TimelineEntry.Kind.SESSION).map(e -> Attendance.valueOf(e.label())).toList()));
        });
    }

    /** The case, once the user may read it. */
    private CaseEntity readable(Session session, Tables tables, String caseId, DataClass dataClass) {
        Session live = guard.allowed(session, Action.READ, dataClass);
        CaseEntity file = tables.caseOf(caseId);
        guard.onCase(live, file, tables.sharedWith(caseId, live.user()), Action.READ, dataClass);
        return file;
    }

    /** The case, once the user is found to be the clinician who holds it: only they share or hand it on. */
    private CaseEntity held(Session session, Tables tables, String caseId) {
        Session live = guard.allowed(session, Action.UPDATE, DataClass.PERSON_IDENTIFYING);
        CaseEntity file = tables.caseOf(caseId);
        if (!file.clinician().equals(live.user())) {
            throw new AccessDeniedException(Action.UPDATE, DataClass.PERSON_IDENTIFYING);
        }
        return file;
    }

    private CaseSummary withLatestBand(Session session, CaseSummary summary) {
        Optional<String> band = assessmentsOf(session, summary.file().clientCode()).stream()
                .max(Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::recordedAt)).map(Assessment::bandCode);
        return new CaseSummary(summary.file(), summary.lastSession(), summary.nextSession(), band, summary.openFlags());
    }

    /** @return the client's assessments, or none when the instruments capability is not installed */
    private List<Assessment> assessmentsOf(Session session, String code) {
        AssessmentRecords records = assessments;
        return records == null ? List.of() : records.list(session, code);
    }

    private static Optional<LocalDate> lastSession(List<SessionEntity> sessions, LocalDate today) {
        return sessions.stream().filter(s -> !Attendance.PLANNED.name().equals(s.attendance()) && !s.heldOn().isAfter(today))
                .map(SessionEntity::heldOn).max(Comparator.naturalOrder());
    }

    private static Optional<LocalDate> nextSession(List<SessionEntity> sessions, LocalDate today) {
        return sessions.stream().filter(s -> Attendance.PLANNED.name().equals(s.attendance()) && !s.heldOn().isBefore(today))
                .map(SessionEntity::heldOn).min(Comparator.naturalOrder());
    }

    private CaseFile toCaseFile(Tables tables, CaseEntity c) {
        return toCaseFile(c, sealed.open(c.aliasSealed(), aliasPlace(c.id()), TEXT), tables.sharedWith(c.id()));
    }

    private static CaseFile toCaseFile(CaseEntity c, String alias, Collection<String> sharedWith) {
        return new CaseFile(c.id(), c.clientCode(), alias, c.programme(), c.startedOn(), c.clinician(), Set.copyOf(sharedWith));
    }

    static RiskFlag toFlag(RiskFlagEntity f) {
        return new RiskFlag(f.id(), f.caseId(), RiskFlagKind.valueOf(f.kind()), f.raisedBy(), f.raisedAt(), Optional.ofNullable(f.resolvedBy()),
                Optional.ofNullable(f.resolvedAt()));
    }

    private String code(String clientCode) {
        if (clientCode == null || !pseudonyms.isWellFormed(clientCode)) {
            throw new IllegalArgumentException("The client code is not well formed.");
        }
        return pseudonyms.normalize(clientCode);
    }

    private static String account(String name) {
        String lower = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!ACCOUNT.matcher(lower).matches()) {
            throw new IllegalArgumentException("Name another clinician's account.");
        }
        return lower;
    }

    static String required(String text, String what, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is missing.");
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " is longer than " + maxLength + " characters.");
        }
        return text.strip();
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }

    private Instant now() {
        // Milliseconds: what every engine stores, so the record returned equals the record read back.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String aliasPlace(String caseId) {
        return "case-alias:" + caseId;
    }
}
