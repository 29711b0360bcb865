package org.lanterne.core.provider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.lanterne.core.api.Installation;
import org.lanterne.core.api.InstallationService;
import org.lanterne.core.api.LanterneHeaders;
import org.lanterne.core.provider.jpa.entities.InstallationEntity;
import org.lanterne.store.api.PersistenceService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

/** Keeps the installation record in the database, creating it on first use. */
@Component(immediate = true) // keeps its factory open while the store is up, instead of per use
public class JpaInstallationService implements InstallationService {

    private final EntityManagerFactory entityManagers;
    private final String version;

    @Activate
    public JpaInstallationService(@Reference PersistenceService persistence, BundleContext context) {
        this.entityManagers = persistence.open(context.getBundle(), "lanterne.core");
        this.version = context.getBundle().getHeaders("").get(LanterneHeaders.VERSION);
    }

    @Deactivate
    void deactivate() {
        entityManagers.close();
    }

    @Override
    public synchronized Installation installation() {
        EntityManager em = entityManagers.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            List<InstallationEntity> existing = em.createQuery("SELECT i FROM InstallationEntity i", InstallationEntity.class)
                    .getResultList();
            InstallationEntity installation;
            if (existing.isEmpty()) {
                installation = new InstallationEntity(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS), version);
                em.persist(installation);
            } else {
                installation = existing.get(0);
            }
            tx.commit();
            return installation.toDTO();
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }
}
