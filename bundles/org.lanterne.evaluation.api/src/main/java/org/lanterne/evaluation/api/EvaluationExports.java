package org.lanterne.evaluation.api;

import java.io.IOException;
import java.nio.file.Path;

import org.lanterne.evaluation.export.ExportManifest;
import org.lanterne.identity.api.Session;
import org.osgi.annotation.versioning.ProviderType;

/**
 * De-identified evaluation datasets, for programme leads: CREATE and EXPORT on de-identified data.
 * Every call, refused ones included, is recorded in the audit trail.
 */
@ProviderType
public interface EvaluationExports {

    /**
     * Writes the dataset as a zip (see {@link org.lanterne.evaluation.export.DatasetExporter}); the manifest names the requester.
     *
     * @param session the programme lead's session
     * @param order   what to export
     * @param zip     where to write it; replaced if it exists, left absent on failure
     * @return the manifest written into the zip
     * @throws org.lanterne.identity.api.SessionExpiredException if the session is not valid
     * @throws org.lanterne.identity.api.AccessDeniedException   if the user's roles do not allow it
     * @throws ExportRefusedException                            if the order cannot be carried out on the data
     * @throws IOException                                       if the zip cannot be written
     */
    ExportManifest export(Session session, ExportOrder order, Path zip) throws IOException;
}
