package org.lanterne.audit.provider;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.ChainVerification;
import org.lanterne.audit.api.Outcome;
import org.lanterne.audit.provider.jpa.entities.AuditEventEntity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/**
 * The trail over one persistence unit, without OSGi, so that it can be measured on its own.
 * One appender per database: the head (last sequence number and hash) is kept in memory and only
 * the {@link Appender}'s thread moves it, a batch at a time, from chaining to writing the anchor.
 */
final class AuditLog implements AutoCloseable {

    static final int BATCH = 1000;
    static final int MAX_READ = 10_000;

    private final EntityManagerFactory entityManagers;
    private final Anchor anchor;
    private final Appender appender;
    private long headSequence;
    private String headHash;

    AuditLog(EntityManagerFactory entityManagers, Anchor anchor) {
        this.entityManagers = entityManagers;
        this.anchor = anchor;
        loadHead();
        this.appender = new Appender(this::append); // starting the thread publishes the head to it
    }

    AuditEvent record(String actor, String action, String recordType, String recordId, Outcome outcome) {
        return appender.append(new NewEvent(actor, action, recordType, recordId, outcome));
    }

    /** How many events have been handed to the appender so far. */
    long handedIn() {
        return appender.handedIn();
    }

    /** How many recorded events wait for the appender to take them. */
    int waiting() {
        return appender.waiting();
    }

    /** Stores the events already handed in, refuses new ones and ends the appender's thread. */
    @Override
    public void close() {
        appender.close();
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

    /** Chains the batch on the head, stores it in one transaction and then moves the anchor once. */
    private List<AuditEvent> append(List<NewEvent> batch) {
        long sequence = headSequence;
        String previousHash = headHash;
        List<AuditEvent> events = new ArrayList<>(batch.size());
        for (NewEvent e : batch) {
            sequence++;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String hash = ChainHash.hash(previousHash, sequence, now, e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome());
            events.add(new AuditEvent(sequence, now, e.actor(), e.action(), e.recordType(), e.recordId(), e.outcome(), previousHash, hash));
            previousHash = hash;
        }
        insert(events);
        headSequence = sequence;
        headHash = previousHash;
        try {
            anchor.write(sequence, previousHash);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(describe(events) + " stored, but the anchor " + anchor.file() + " could not be written", e);
        }
        return events;
    }

    private void insert(List<AuditEvent> events) {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            for (AuditEvent event : events) {
                em.persist(new AuditEventEntity(event));
            }
            tx.commit();
        } catch (RuntimeException e) {
            // Another writer on the same database (not supported, but possible) moved the head: pick it up again.
            loadHeadAfterFailure();
            throw new IllegalStateException(describe(events) + " could not be stored", e);
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    private static String describe(List<AuditEvent> events) {
        long first = events.get(0).sequence();
        long last = events.get(events.size() - 1).sequence();
        return first == last ? "Audit event " + first : "Audit events " + first + " to " + last + " (one batch)";
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
}
