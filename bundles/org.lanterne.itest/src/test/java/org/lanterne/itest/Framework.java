package org.lanterne.itest;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.lanterne.audit.api.AuditEvent;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.identity.api.Role;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.identity.api.UserService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Small helpers for tests that change the running framework and wait for DS to catch up. */
final class Framework {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    /** The first administrator of the test database, made by whichever test needs one first. */
    static final String ADMINISTRATOR = "it.admin";
    static final String ADMINISTRATOR_PASSWORD = "lamp-cedar-river-2026";
    /** The password of the accounts {@link #signedIn} makes. */
    static final String USER_PASSWORD = "heron-quill-basalt-42";

    private Framework() {
    }

    static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("bundle " + symbolicName + " is not installed"));
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up after " + PATIENCE.toSeconds() + " s waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> accepted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T current = value.get();
        while (!accepted.test(current)) {
            if (System.nanoTime() > deadline) {
                fail("gave up after " + PATIENCE.toSeconds() + " s waiting until " + what + "; last value: " + current);
            }
            Thread.sleep(50);
            current = value.get();
        }
        return current;
    }

    /** Something done with plain SQL, to look at or tamper with what a persistence unit stored. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on the unit's own connection, in a transaction: EclipseLink hands it out only then. */
    static <T> T sql(EntityManagerFactory database, Work<T> work) throws SQLException {
        EntityManager em = database.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.run(em.unwrap(Connection.class));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Signs the first administrator in, creating the account if the database has none yet. */
    static Session administrator(BundleContext context) throws InterruptedException {
        UserService users = service(context, UserService.class);
        if (users.bootstrapNeeded()) {
            users.bootstrapAdministrator(ADMINISTRATOR, ADMINISTRATOR_PASSWORD.toCharArray());
        }
        return service(context, SessionService.class).signIn(ADMINISTRATOR, ADMINISTRATOR_PASSWORD.toCharArray());
    }

    /** Adds an account with one role, as the first administrator, and signs it in. */
    static Session signedIn(BundleContext context, Role role) throws InterruptedException {
        String name = role.name().toLowerCase().replace('_', '-') + "." + UUID.randomUUID().toString().substring(0, 8);
        service(context, UserService.class).add(administrator(context), name, Set.of(role), USER_PASSWORD.toCharArray());
        return service(context, SessionService.class).signIn(name, USER_PASSWORD.toCharArray());
    }

    /** @return the whole audit trail, in order */
    static List<AuditEvent> auditEvents(BundleContext context) throws InterruptedException {
        AuditTrail audit = service(context, AuditTrail.class);
        List<AuditEvent> events = new ArrayList<>();
        for (List<AuditEvent> page = audit.read(1, 1000); !page.isEmpty(); page = audit.read(page.get(page.size() - 1).sequence() + 1, 1000)) {
            events.addAll(page);
        }
        return events;
    }

    static <S> S service(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(PATIENCE.toMillis());
            if (service == null) {
                fail("no " + type.getSimpleName() + " service after " + PATIENCE.toSeconds() + " s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }
}
