package org.lanterne.identity.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.lanterne.identity.api.DuplicateUserException;

/** Accounts in a map, standing in for the database in unit tests. */
class MemoryAccounts implements Accounts {

    private final Map<String, StoredAccount> byId = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredAccount> find(String name) {
        return byId.values().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Override
    public List<StoredAccount> all() {
        return List.copyOf(byId.values());
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public void insert(StoredAccount account) {
        if (find(account.name()).isPresent() || byId.putIfAbsent(account.id(), account) != null) {
            throw new DuplicateUserException(account.name());
        }
    }

    @Override
    public void update(StoredAccount account) {
        if (byId.replace(account.id(), account) == null) {
            throw new IllegalStateException("not stored: " + account.name());
        }
    }
}
