/**
 * Who may do what: roles, local user accounts, sign-in sessions and the permission policy over
 * actions and classes of data. Services of every capability check permissions through
 * {@link org.lanterne.identity.api.AccessPolicy}, so that a user interface cannot bypass them.
 */
@Export
@Version("1.0.0")
package org.lanterne.identity.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
