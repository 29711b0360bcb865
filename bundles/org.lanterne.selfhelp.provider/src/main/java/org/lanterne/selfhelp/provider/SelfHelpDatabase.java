package org.lanterne.selfhelp.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lanterne.selfhelp.provider.jpa.entities.AnswerEntity;
import org.lanterne.selfhelp.provider.jpa.entities.EnrolmentEntity;
import org.lanterne.selfhelp.provider.jpa.entities.ModuleDoneEntity;
import org.lanterne.selfhelp.provider.jpa.entities.ShareEntity;
import org.lanterne.store.api.PersistenceService;
import org.lanterne.store.jpa.Transactions;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The self-help tables (unit {@code lanterne.selfhelp}), one transaction per call. A service of this
 * bundle only, shared by its components so that they use one factory. Writes take an audit step that
 * runs inside their transaction: what cannot be audited is not stored.
 */
@Component(service = SelfHelpDatabase.class, immediate = true) // a delayed component would close its factory whenever its last user lets go
public class SelfHelpDatabase {

    static final String UNIT = "lanterne.selfhelp";

    private static final String OF_ENROLMENT = " WHERE x.enrolmentId = :enrolment";
    private static final String OF_PROGRAMME = ", EnrolmentEntity e WHERE x.enrolmentId = e.id AND e.programmeId = :programme";

    private final EntityManagerFactory entityManagers;

    @Activate
    public SelfHelpDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this.entityManagers = persistence.open(context.getBundle(), UNIT);
    }

    @Deactivate
    void deactivate() {
        entityManagers.close();
    }

    void enrol(EnrolmentEntity enrolment, Runnable audit) {
        inTransaction(em -> {
            em.persist(enrolment);
            em.flush();
            audit.run();
            return null;
        });
    }

    Optional<EnrolmentEntity> byLookupTag(String tag) {
        return inTransaction(em -> em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.lookupTag = :tag", EnrolmentEntity.class)
                .setParameter("tag", tag).getResultStream().findFirst());
    }

    Optional<EnrolmentEntity> enrolment(String id) {
        return Optional.ofNullable(inTransaction(em -> em.find(EnrolmentEntity.class, id)));
    }

    /** @return the day each module of the enrolment was done, by module id */
    Map<String, LocalDate> modulesDone(String enrolment) {
        return inTransaction(em -> em.createQuery("SELECT x FROM ModuleDoneEntity x" + OF_ENROLMENT, ModuleDoneEntity.class)
                .setParameter("enrolment", enrolment).getResultStream()
                .collect(Collectors.toMap(ModuleDoneEntity::moduleId, ModuleDoneEntity::doneOn)));
    }

    /** @return the ids of the questionnaires the enrolment answered */
    Set<String> answered(String enrolment) {
        return inTransaction(em -> em.createQuery("SELECT x.questionnaireId FROM AnswerEntity x" + OF_ENROLMENT, String.class)
                .setParameter("enrolment", enrolment).getResultStream().collect(Collectors.toSet()));
    }

    /** Marks the module done on {@code day}, unless it was done before, which keeps its first day. */
    void moduleDone(String enrolment, String module, LocalDate day, Runnable audit) {
        inTransaction(em -> {
            boolean before = !em.createQuery("SELECT x FROM ModuleDoneEntity x" + OF_ENROLMENT + " AND x.moduleId = :module",
                    ModuleDoneEntity.class).setParameter("enrolment", enrolment).setParameter("module", module).getResultList().isEmpty();
            if (!before) {
                em.persist(new ModuleDoneEntity(UUID.randomUUID().toString(), enrolment, module, day));
                active(em, enrolment, day);
            }
            em.flush();
            audit.run();
            return null;
        });
    }

    /** Keeps the answers, replacing earlier answers to the same questionnaire. */
    void answer(AnswerEntity answer, LocalDate day, Runnable audit) {
        inTransaction(em -> {
            em.createQuery("DELETE FROM AnswerEntity x" + OF_ENROLMENT + " AND x.questionnaireId = :questionnaire")
                    .setParameter("enrolment", answer.enrolmentId()).setParameter("questionnaire", answer.questionnaireId()).executeUpdate();
            em.persist(answer);
            active(em, answer.enrolmentId(), day);
            em.flush();
            audit.run();
            return null;
        });
    }

    /** Lets the clinician read the enrolment's progress; sharing again changes nothing. */
    void share(String enrolment, String clinician, LocalDate day, Runnable audit) {
        inTransaction(em -> {
            boolean before = !em.createQuery("SELECT x FROM ShareEntity x" + OF_ENROLMENT + " AND x.clinician = :clinician",
                    ShareEntity.class).setParameter("enrolment", enrolment).setParameter("clinician", clinician).getResultList().isEmpty();
            if (!before) {
                em.persist(new ShareEntity(UUID.randomUUID().toString(), enrolment, clinician, day));
            }
            em.flush();
            audit.run();
            return null;
        });
    }

    List<ShareEntity> sharedWith(String clinician) {
        return inTransaction(em -> em.createQuery("SELECT x FROM ShareEntity x WHERE x.clinician = :clinician ORDER BY x.sharedOn, x.id",
                ShareEntity.class).setParameter("clinician", clinician).getResultList());
    }

    /** Deletes every row of the enrolment, children first, and the enrolment itself, all or nothing. */
    void erase(String enrolment, Runnable audit) {
        inTransaction(em -> {
            for (String child : List.of("ModuleDoneEntity", "AnswerEntity", "ShareEntity")) {
                em.createQuery("DELETE FROM " + child + " x" + OF_ENROLMENT).setParameter("enrolment", enrolment).executeUpdate();
            }
            em.createQuery("DELETE FROM EnrolmentEntity e WHERE e.id = :enrolment").setParameter("enrolment", enrolment).executeUpdate();
            audit.run();
            return null;
        });
    }

    /** @return what the indicators need of each current participant of the programme */
    List<IndicatorTables.Participant> participants(String programme) {
        return inTransaction(em -> {
            Map<String, Set<String>> done = pairs(em, "SELECT x.enrolmentId, x.moduleId FROM ModuleDoneEntity x" + OF_PROGRAMME, programme);
            Map<String, Set<String>> answered = pairs(em, "SELECT x.enrolmentId, x.questionnaireId FROM AnswerEntity x" + OF_PROGRAMME, programme);
            return em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.programmeId = :programme", EnrolmentEntity.class)
                    .setParameter("programme", programme).getResultStream()
                    .map(e -> new IndicatorTables.Participant(e.enrolledOn(), e.lastActiveOn(), done.getOrDefault(e.id(), Set.of()),
                            answered.getOrDefault(e.id(), Set.of())))
                    .toList();
        });
    }

    private static Map<String, Set<String>> pairs(EntityManager em, String query, String programme) {
        return em.createQuery(query, Object[].class).setParameter("programme", programme).getResultStream()
                .collect(Collectors.groupingBy(row -> (String) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toSet())));
    }

    private static void active(EntityManager em, String enrolment, LocalDate day) {
        EnrolmentEntity entity = em.find(EnrolmentEntity.class, enrolment);
        if (entity != null) {
            entity.activeOn(day);
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(entityManagers, work);
    }
}
