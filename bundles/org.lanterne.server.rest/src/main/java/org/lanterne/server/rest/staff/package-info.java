/** How endpoints for staff take a signed-in user's request and answer the refusals of the services they call, all alike. */
@Export
@Version("1.0.0")
package org.lanterne.server.rest.staff;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
