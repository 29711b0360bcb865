package org.lanterne.instruments.assessments;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.lanterne.instruments.assessments.jpa.entities.AssessmentEntity;
import org.lanterne.instruments.assessments.jpa.entities.DefinitionSnapshotEntity;
import org.lanterne.store.jpa.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/** Assessments and definition snapshots in the unit {@code lanterne.assessments}, one transaction per call. */
final class AssessmentStore {

    private static final String CHRONOLOGICAL = " ORDER BY a.assessedOn, a.recordedAt, a.id";

    private final EntityManagerFactory entityManagers;

    AssessmentStore(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    /** Keeps the snapshot unless one with the same hash is kept already. */
    void keep(DefinitionSnapshotEntity snapshot) {
        try {
            inTransaction(em -> {
                if (em.find(DefinitionSnapshotEntity.class, snapshot.contentHash()) == null) {
                    em.persist(snapshot);
                }
                return null;
            });
        } catch (PersistenceException e) {
            // Another recording kept the same definition meanwhile: that is as good.
            if (snapshot(snapshot.contentHash()).isEmpty()) {
                throw e;
            }
        }
    }

    /**
     * Inserts the assessment and runs {@code beforeCommit} in its transaction, so that the
     * assessment is stored only if that succeeds.
     */
    void insert(AssessmentEntity assessment, Runnable beforeCommit) {
        inTransaction(em -> {
            em.persist(assessment);
            em.flush();
            beforeCommit.run();
            return null;
        });
    }

    Optional<AssessmentEntity> find(String id) {
        return Optional.ofNullable(inTransaction(em -> em.find(AssessmentEntity.class, id)));
    }

    Optional<DefinitionSnapshotEntity> snapshot(String contentHash) {
        return Optional.ofNullable(inTransaction(em -> em.find(DefinitionSnapshotEntity.class, contentHash)));
    }

    /** @return the participant's assessments by date, then time of recording */
    List<AssessmentEntity> ofParticipant(String participantCode) {
        return inTransaction(em -> em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.participantCode = :code" + CHRONOLOGICAL,
                AssessmentEntity.class).setParameter("code", participantCode).getResultList());
    }

    /** @return the participant's assessments of the instrument by date, then time of recording */
    List<AssessmentEntity> ofParticipant(String participantCode, String instrumentId) {
        return inTransaction(em -> em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.participantCode = :code"
                + " AND a.instrumentId = :instrument" + CHRONOLOGICAL, AssessmentEntity.class)
                .setParameter("code", participantCode).setParameter("instrument", instrumentId).getResultList());
    }

    /** @return every assessment of the instrument by either rater */
    List<AssessmentEntity> ofRaters(String instrumentId, String raterA, String raterB) {
        return inTransaction(em -> em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.instrumentId = :instrument"
                + " AND a.rater IN (:a, :b)" + CHRONOLOGICAL, AssessmentEntity.class)
                .setParameter("instrument", instrumentId).setParameter("a", raterA).setParameter("b", raterB).getResultList());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(entityManagers, work);
    }
}
