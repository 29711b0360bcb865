package org.lanterne.store.provider;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * Lets EclipseLink see a capability bundle's persistence unit and entities together with
 * EclipseLink's own classes, which the capability bundle does not import.
 */
final class UnitClassLoader extends ClassLoader {

    private final ClassLoader owner;

    UnitClassLoader(ClassLoader owner, ClassLoader persistenceProvider) {
        super(persistenceProvider);
        this.owner = owner;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return owner.loadClass(name);
    }

    @Override
    protected URL findResource(String name) {
        return owner.getResource(name);
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return owner.getResources(name);
    }
}
