package org.lanterne.evaluation.export;

import java.util.Map;

/**
 * What a programme lead asked for.
 *
 * @param scope              names this export, for example {@code community-treatment-2026}; identifiers
 *                           of different scopes cannot be linked
 * @param requestedBy        the user name of the requester, for the manifest
 * @param k                  every combination of quasi-identifiers must be shared by at least k people
 * @param maxSuppressedShare the largest share of records that may be left out to reach k
 * @param parameters         the request's other parameters (programme, period, variable set), recorded in the manifest
 */
public record ExportRequest(String scope, String requestedBy, int k, double maxSuppressedShare, Map<String, String> parameters) {

    public ExportRequest {
        if (scope == null || !scope.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("An export scope is 1 to 64 lower-case letters, digits and hyphens.");
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}
