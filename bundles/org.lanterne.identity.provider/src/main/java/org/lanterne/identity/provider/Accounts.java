package org.lanterne.identity.provider;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept; each call is one transaction. Callers serialise changes to one account. */
interface Accounts {

    Optional<StoredAccount> find(String name);

    /** @return every account, in no particular order */
    List<StoredAccount> all();

    long count();

    /** @throws org.lanterne.identity.api.DuplicateUserException if the name or id is taken */
    void insert(StoredAccount account);

    /** Replaces the stored account with the same id. */
    void update(StoredAccount account);
}
