package org.lanterne.store.jpa;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Runs work in one transaction of its own, the unit of every service method of a capability. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Commits when {@code work} returns, rolls back when it throws, and always closes the entity manager.
     *
     * @return what {@code work} returned
     */
    public static <T> T inTransaction(EntityManagerFactory entityManagers, Function<EntityManager, T> work) {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
