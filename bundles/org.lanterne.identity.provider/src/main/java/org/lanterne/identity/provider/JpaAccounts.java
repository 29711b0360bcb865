package org.lanterne.identity.provider;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.lanterne.identity.api.DuplicateUserException;
import org.lanterne.identity.provider.jpa.entities.AccountEntity;
import org.lanterne.store.jpa.Transactions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;

/** Accounts in the unit {@code lanterne.identity}, one transaction per call. */
final class JpaAccounts implements Accounts {

    private final EntityManagerFactory entityManagers;

    JpaAccounts(EntityManagerFactory entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Optional<StoredAccount> find(String name) {
        return inTransaction(em -> byName(em, name).map(JpaAccounts::toStored));
    }

    @Override
    public List<StoredAccount> all() {
        return inTransaction(em -> em.createQuery("SELECT a FROM AccountEntity a", AccountEntity.class).getResultList()
                .stream().map(JpaAccounts::toStored).toList());
    }

    @Override
    public long count() {
        return inTransaction(em -> em.createQuery("SELECT COUNT(a) FROM AccountEntity a", Long.class).getSingleResult());
    }

    @Override
    public void insert(StoredAccount account) {
        try {
            inTransaction(em -> {
                AccountEntity entity = new AccountEntity(account.id());
                assign(entity, account);
                em.persist(entity);
                em.flush();
                return null;
            });
        } catch (PersistenceException e) {
            // The unique name or the id (fixed for the first administrator) taken meanwhile, maybe by another server.
            if (find(account.name()).isPresent() || inTransaction(em -> em.find(AccountEntity.class, account.id())) != null) {
                throw new DuplicateUserException(account.name());
            }
            throw e;
        }
    }

    @Override
    public void update(StoredAccount account) {
        inTransaction(em -> {
            AccountEntity entity = em.find(AccountEntity.class, account.id());
            if (entity == null) {
                throw new IllegalStateException("The account " + account.name() + " is no longer stored");
            }
            assign(entity, account);
            return null;
        });
    }

    private static Optional<AccountEntity> byName(EntityManager em, String name) {
        return em.createQuery("SELECT a FROM AccountEntity a WHERE a.name = :name", AccountEntity.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    private static void assign(AccountEntity entity, StoredAccount a) {
        entity.assign(a.name(), a.passwordHash(), a.roles(), a.enabled(), a.created(), a.lastSignIn(), a.failedAttempts(),
                a.lockedUntil(), a.passwordChanged());
    }

    private static StoredAccount toStored(AccountEntity e) {
        return new StoredAccount(e.id(), e.name(), e.passwordHash(), e.roles(), e.enabled(), e.created(), e.lastSignIn(),
                e.failedAttempts(), e.lockedUntil(), e.passwordChanged());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(entityManagers, work);
    }
}
