package org.lanterne.audit.provider;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;
import org.lanterne.audit.provider.jpa.entities.AuditEventEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * The trail over one persistence unit, without OSGi, so that it can be measured on its own.
 * One appender per database: the head (last sequence number and hash) is kept in memory and
 * every append holds the lock from reading the head to writing the anchor.
 */
final class AuditLog {

    static final int BATCH = 1000;
    static final int MAX_READ = 10_000;

    private final EntityManagerFactory entityManagers;
    private final Anchor anchor;
    private final ReentrantLock appending = new ReentrantLock();
    private long headSequence;
    private String headHash;

    AuditLog(EntityManagerFactory entityManagers, Anchor anchor) {
        this.entityManagers = entityManagers;
        this.anchor = anchor;
        loadHead();
    }

    AuditEvent record(String actor, String action, String recordType, String recordId, Outcome outcome) {
        requireText("actor", actor, 64, true);
        requireText("action", action, 64, true);
        requireText("record type", recordType, 64, false);
        requireText("record id", recordId, 128, false);
        if (outcome == null) {
            throw new IllegalArgumentException("An audit event needs an outcome");
        }
        appending.lock();
        try {
            long sequence = headSequence + 1;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String hash = ChainHash.hash(headHash, sequence, now, actor, action, recordType, recordId, outcome);
            AuditEvent event = new AuditEvent(sequence, now, actor, action, recordType, recordId, outcome, headHash, hash);
            insert(event);
            headSequence = sequence;
            headHash = hash;
            try {
                anchor.write(sequence, hash);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Audit event " + sequence + " was stored but the anchor " + anchor.file()
                        + " could not be written", e);
            }
            return event;
        } finally {
            appending.unlock();
        }
    }

    List<AuditEvent> read(long fromSequence, int max) {
        if (max < 1 || max > MAX_READ) {
            throw new IllegalArgumentException("Between 1 and " + MAX_READ + " events can be read at a time, not " + max);
        }
        EntityManager em = entityManagers.createEntityManager();
        try {
            return batchFrom(em, Math.max(fromSequence, 1), max).stream().map(AuditEventEntity::toDTO).toList();
        } finally {
            em.close();
        }
    }

    ChainVerification verify() {
        ChainVerifier verifier = new ChainVerifier(anchor.read());
        long from = 1;
        while (true) {
            // A fresh EntityManager per batch: nothing read earlier stays referenced.
            EntityManager em = entityManagers.createEntityManager();
            try {
                List<AuditEventEntity> batch = batchFrom(em, from, BATCH);
                if (batch.isEmpty()) {
                    return verifier.finish();
                }
                for (AuditEventEntity row : batch) {
                    AuditEvent event;
                    try {
                        event = row.toDTO();
                    } catch (IllegalArgumentException | NullPointerException unreadable) {
                        return verifier.unreadable(row.sequence());
                    }
                    if (!verifier.accept(event)) {
                        return verifier.finish();
                    }
                }
                from = batch.get(batch.size() - 1).sequence() + 1;
            } finally {
                em.close();
            }
        }
    }

    private void insert(AuditEvent event) {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            em.persist(new AuditEventEntity(event));
            tx.commit();
        } catch (RuntimeException e) {
            // Another writer on the same database (not supported, but possible) moved the head: pick it up again.
            loadHeadAfterFailure();
            throw new IllegalStateException("Audit event " + event.sequence() + " could not be stored", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private void loadHeadAfterFailure() {
        try {
            loadHead();
        } catch (RuntimeException ignored) {
            // The store is failing; the next append reloads or fails the same way.
        }
    }

    /**
     * Continues from the database's last event, or from the anchor's when the anchor is ahead: then
     * events were removed from the end, and numbering on from the anchor keeps that visible as a gap.
     */
    private void loadHead() {
        EntityManager em = entityManagers.createEntityManager();
        try {
            List<AuditEventEntity> last = em.createQuery("SELECT e FROM AuditEventEntity e ORDER BY e.sequence DESC", AuditEventEntity.class)
                    .setMaxResults(1).getResultList();
            headSequence = last.isEmpty() ? 0 : last.get(0).sequence();
            headHash = last.isEmpty() ? ChainHash.GENESIS : last.get(0).toDTO().hash();
        } finally {
            em.close();
        }
        AnchorReading anchored = anchor.read();
        if (anchored.state() == AnchorReading.State.VALID && anchored.sequence() > headSequence) {
            headSequence = anchored.sequence();
            headHash = anchored.hash();
        }
    }

    private static List<AuditEventEntity> batchFrom(EntityManager em, long from, int max) {
        return em.createQuery("SELECT e FROM AuditEventEntity e WHERE e.sequence >= :from ORDER BY e.sequence", AuditEventEntity.class)
                .setParameter("from", from)
                .setMaxResults(max)
                .getResultList();
    }

    private static void requireText(String what, String value, int maxLength, boolean required) {
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException("An audit event needs an " + what);
            }
            return;
        }
        // Messages name the field, never its value: values may be personal.
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " of an audit event must have 1 to " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The " + what + " of an audit event must not hold control characters");
        }
    }
}
