package org.lanterne.literature.provider;

import java.util.List;
import java.util.function.Function;

import org.lanterne.literature.provider.jpa.entities.DecisionEntity;
import org.lanterne.literature.provider.jpa.entities.NoteEntity;
import org.lanterne.store.jpa.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Decisions and notes in the unit {@code lanterne.literature}, one transaction per call. */
final class ScreeningStore {

    private final EntityManagerFactory entityManagers;

    ScreeningStore(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    <T> T insert(T entity) {
        return inTransaction(em -> {
            em.persist(entity);
            return entity;
        });
    }

    /** @return the notes about the record, oldest first */
    List<NoteEntity> notes(String recordId) {
        return inTransaction(em -> em.createQuery("SELECT n FROM NoteEntity n WHERE n.recordId = :record ORDER BY n.sequence",
                NoteEntity.class).setParameter("record", recordId).getResultList());
    }

    /** @return the decisions about the record, oldest first */
    List<DecisionEntity> decisions(String recordId) {
        return inTransaction(em -> em.createQuery("SELECT d FROM DecisionEntity d WHERE d.recordId = :record ORDER BY d.sequence",
                DecisionEntity.class).setParameter("record", recordId).getResultList());
    }

    /** @return every decision, oldest first */
    List<DecisionEntity> decisions() {
        return inTransaction(em -> em.createQuery("SELECT d FROM DecisionEntity d ORDER BY d.sequence", DecisionEntity.class)
                .getResultList());
    }

    /** Moves the notes and decisions about one record to another, in one transaction. */
    void reassign(String fromId, String toId) {
        inTransaction(em -> {
            for (String entity : new String[] { "NoteEntity", "DecisionEntity" }) {
                em.createQuery("UPDATE " + entity + " e SET e.recordId = :to WHERE e.recordId = :from")
                        .setParameter("to", toId).setParameter("from", fromId).executeUpdate();
            }
            return null;
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(entityManagers, work);
    }
}
