package org.lanterne.notes.provider;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lanterne.notes.provider.jpa.entities.AmendmentDraftEntity;
import org.lanterne.notes.provider.jpa.entities.AmendmentEntity;
import org.lanterne.notes.provider.jpa.entities.CaseEntity;
import org.lanterne.notes.provider.jpa.entities.CaseShareEntity;
import org.lanterne.notes.provider.jpa.entities.NoteEntity;
import org.lanterne.notes.provider.jpa.entities.RiskFlagEntity;
import org.lanterne.notes.provider.jpa.entities.SessionEntity;
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
 * The notes tables (unit {@code lanterne.notes}). A service of this bundle only, shared by its
 * components so that they use one factory; each call of a capability service is one transaction.
 */
@Component(service = NotesDatabase.class, immediate = true) // a delayed component would close its factory whenever its last user lets go
public class NotesDatabase {

    static final String UNIT = "lanterne.notes";

    private final EntityManagerFactory entityManagers;

    @Activate
    public NotesDatabase(@Reference PersistenceService persistence, BundleContext context) {
        this.entityManagers = persistence.open(context.getBundle(), UNIT);
    }

    @Deactivate
    void deactivate() {
        entityManagers.close();
    }

    <T> T inTransaction(Function<Tables, T> work) {
        return Transactions.inTransaction(entityManagers, em -> work.apply(new Tables(em)));
    }

    /** The queries of the unit, within one transaction. */
    static final class Tables {

        private final EntityManager em;

        private Tables(EntityManager em) {
            this.em = em;
        }

        void insert(Object entity) {
            em.persist(entity);
            em.flush();
        }

        void remove(Object entity) {
            em.remove(entity);
            em.flush();
        }

        /** Writes pending changes, so that a failure shows before the audit event of the write is recorded. */
        void flush() {
            em.flush();
        }

        <E> E find(Class<E> type, String id, String what) {
            E found = id == null ? null : em.find(type, id);
            if (found == null) {
                throw new NoSuchElementException("There is no such " + what + ".");
            }
            return found;
        }

        CaseEntity caseOf(String id) {
            return find(CaseEntity.class, id, "case");
        }

        SessionEntity sessionOf(String id) {
            return find(SessionEntity.class, id, "session");
        }

        NoteEntity noteOf(String id) {
            return find(NoteEntity.class, id, "note");
        }

        /** @return the cases the clinician holds or that are shared with them, or every case for {@code null} */
        List<CaseEntity> cases(String clinician) {
            if (clinician == null) {
                return em.createQuery("SELECT c FROM CaseEntity c ORDER BY c.startedOn, c.id", CaseEntity.class).getResultList();
            }
            return em.createQuery("SELECT c FROM CaseEntity c WHERE c.clinician = :clinician OR c.id IN "
                    + "(SELECT s.caseId FROM CaseShareEntity s WHERE s.clinician = :clinician) ORDER BY c.startedOn, c.id", CaseEntity.class)
                    .setParameter("clinician", clinician).getResultList();
        }

        Set<String> sharedWith(String caseId) {
            return em.createQuery("SELECT s.clinician FROM CaseShareEntity s WHERE s.caseId = :case", String.class)
                    .setParameter("case", caseId).getResultStream().collect(Collectors.toSet());
        }

        boolean sharedWith(String caseId, String clinician) {
            return !em.createQuery("SELECT s FROM CaseShareEntity s WHERE s.caseId = :case AND s.clinician = :clinician", CaseShareEntity.class)
                    .setParameter("case", caseId).setParameter("clinician", clinician).getResultList().isEmpty();
        }

        List<SessionEntity> sessions(String caseId) {
            return em.createQuery("SELECT s FROM SessionEntity s WHERE s.caseId = :case ORDER BY s.heldOn, s.startMinute, s.id", SessionEntity.class)
                    .setParameter("case", caseId).getResultList();
        }

        /** @return the sessions of the cases, in the order of {@link #sessions(String)} */
        List<SessionEntity> sessions(Collection<String> caseIds) {
            if (caseIds.isEmpty()) {
                return List.of();
            }
            return em.createQuery("SELECT s FROM SessionEntity s WHERE s.caseId IN :cases ORDER BY s.heldOn, s.startMinute, s.id", SessionEntity.class)
                    .setParameter("cases", caseIds).getResultList();
        }

        Optional<NoteEntity> noteOfSession(String sessionId) {
            return em.createQuery("SELECT n FROM NoteEntity n WHERE n.sessionId = :session", NoteEntity.class)
                    .setParameter("session", sessionId).getResultStream().findFirst();
        }

        List<AmendmentEntity> amendments(String noteId) {
            return em.createQuery("SELECT a FROM AmendmentEntity a WHERE a.noteId = :note ORDER BY a.amendedAt, a.id", AmendmentEntity.class)
                    .setParameter("note", noteId).getResultList();
        }

        /** @return the author's pending draft of an amendment to the note */
        Optional<AmendmentDraftEntity> amendmentDraft(String noteId, String author) {
            return em.createQuery("SELECT d FROM AmendmentDraftEntity d WHERE d.noteId = :note AND d.author = :author", AmendmentDraftEntity.class)
                    .setParameter("note", noteId).setParameter("author", author).getResultStream().findFirst();
        }

        List<RiskFlagEntity> flags(Collection<String> caseIds) {
            if (caseIds.isEmpty()) {
                return List.of();
            }
            return em.createQuery("SELECT f FROM RiskFlagEntity f WHERE f.caseId IN :cases ORDER BY f.raisedAt, f.id", RiskFlagEntity.class)
                    .setParameter("cases", caseIds).getResultList();
        }

        /** @return a page of notes in order of id, each with its session, for building the search index */
        List<Object[]> notesWithSessions(int first, int max) {
            return em.createQuery("SELECT n, s FROM NoteEntity n, SessionEntity s WHERE n.sessionId = s.id ORDER BY n.id", Object[].class)
                    .setFirstResult(first).setMaxResults(max).getResultList();
        }

        /** @return the amendments of the notes, by note, oldest first */
        Map<String, List<AmendmentEntity>> amendments(Collection<String> noteIds) {
            if (noteIds.isEmpty()) {
                return Map.of();
            }
            return em.createQuery("SELECT a FROM AmendmentEntity a WHERE a.noteId IN :notes ORDER BY a.amendedAt, a.id", AmendmentEntity.class)
                    .setParameter("notes", noteIds).getResultStream().collect(Collectors.groupingBy(AmendmentEntity::noteId));
        }

        /** @return a page of the attachments whose text was extracted: id, sealed text and session */
        List<Object[]> searchableAttachments(int first, int max) {
            return em.createQuery("SELECT a.id, a.textSealed, s FROM AttachmentEntity a, SessionEntity s "
                    + "WHERE a.sessionId = s.id AND a.textSealed IS NOT NULL ORDER BY a.id", Object[].class)
                    .setFirstResult(first).setMaxResults(max).getResultList();
        }

        /** @return the session's attachments without their content: id, sealed name, type, size, reason, who, when */
        List<Object[]> attachments(String sessionId) {
            return em.createQuery("SELECT a.id, a.nameSealed, a.contentType, a.size, a.notSearchable, a.addedBy, a.addedAt "
                    + "FROM AttachmentEntity a WHERE a.sessionId = :session ORDER BY a.addedAt, a.id", Object[].class)
                    .setParameter("session", sessionId).getResultList();
        }

        /** @return how many sessions there are by programme, day and attendance: programme, day, attendance, count */
        List<Object[]> sessionCounts() {
            return em.createQuery("SELECT c.programme, s.heldOn, s.attendance, COUNT(s) FROM SessionEntity s, CaseEntity c "
                    + "WHERE s.caseId = c.id GROUP BY c.programme, s.heldOn, s.attendance", Object[].class).getResultList();
        }

        List<RiskFlagEntity> openFlags() {
            return em.createQuery("SELECT f FROM RiskFlagEntity f WHERE f.resolvedAt IS NULL ORDER BY f.raisedAt, f.id", RiskFlagEntity.class)
                    .getResultList();
        }
    }
}
