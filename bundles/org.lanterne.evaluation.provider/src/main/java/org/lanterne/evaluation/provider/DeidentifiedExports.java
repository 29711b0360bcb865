package org.lanterne.evaluation.provider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.lanterne.audit.api.AuditTrail;
import org.lanterne.evaluation.api.EvaluationData;
import org.lanterne.evaluation.api.EvaluationExports;
import org.lanterne.evaluation.api.ExportOrder;
import org.lanterne.evaluation.api.ExportRefusedException;
import org.lanterne.evaluation.api.Participant;
import org.lanterne.evaluation.export.DatasetExporter;
import org.lanterne.evaluation.export.ExportManifest;
import org.lanterne.evaluation.export.ExportRequest;
import org.lanterne.identity.api.AccessPolicy;
import org.lanterne.identity.api.Action;
import org.lanterne.identity.api.DataClass;
import org.lanterne.identity.api.Session;
import org.lanterne.identity.api.SessionService;
import org.lanterne.store.api.KeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * De-identified datasets of the evaluation data for programme leads: creating a de-identified
 * dataset and taking it out of the installation (CREATE and EXPORT on {@link DataClass#DE_IDENTIFIED})
 * are both required. Export identifiers are keyed by the installation's {@code evaluation-exports}
 * key, within a scope made of the programme, the variable set and the period, so that two
 * datasets of different scopes cannot be joined person by person. Every call is audited with the scope.
 */
@Component
public class DeidentifiedExports implements EvaluationExports {

    static final String KEY = "evaluation-exports";
    /** The largest share of records left out to reach k. */
    static final double MAX_SUPPRESSED_SHARE = 0.05;
    private static final String RECORD_TYPE = "evaluation-export";

    private final EvaluationData data;
    private final KeyService keys;
    private final AuditedCalls calls;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DeidentifiedExports(@Reference EvaluationData data, @Reference KeyService keys, @Reference AccessPolicy policy,
            @Reference SessionService sessions, @Reference AuditTrail audit) {
        this.data = data;
        this.keys = keys;
        this.calls = new AuditedCalls(policy, sessions, audit);
    }

    @Override
    public ExportManifest export(Session session, ExportOrder order, Path zip) throws IOException {
        String scope = scope(order);
        return calls.run(session, DataClass.DE_IDENTIFIED, "evaluation.export", RECORD_TYPE, scope, user -> write(user, order, scope, zip),
                Action.CREATE, Action.EXPORT);
    }

    private ExportManifest write(String user, ExportOrder order, String scope, Path zip) throws IOException {
        ProgrammeCohort cohort;
        try {
            cohort = new ProgrammeCohort(data.cohort(), order.programme());
        } catch (NoSuchElementException e) {
            throw new ExportRefusedException(e.getMessage());
        }
        List<Participant> enrolled = cohort.people.stream()
                .filter(p -> !p.enrolledOn().isBefore(order.from()) && !p.enrolledOn().isAfter(order.to())).toList();
        if (enrolled.isEmpty()) {
            throw new ExportRefusedException("Nobody of programme " + order.programme() + " enrolled from " + order.from() + " to " + order.to() + ".");
        }
        ExportDatasets.Dataset dataset = new ExportDatasets(cohort, enrolled).of(order.variables());
        ExportRequest request = new ExportRequest(scope, user, order.k(), MAX_SUPPRESSED_SHARE, Map.of("programme", order.programme(),
                "from", order.from().toString(), "to", order.to().toString(), "variables", order.variables().key(), "source", data.cohort().source()));
        byte[] key = keys.key(KEY);
        try {
            return new DatasetExporter(key, clock).export(request, dataset.variables(), dataset.rows(), zip);
        } catch (IllegalArgumentException e) {
            // k cannot be reached, or the data do not fit their variables: the message names the variable and row, never a value
            throw new ExportRefusedException(e.getMessage());
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** @return programme-variables-from-to, or a digest of it when that is longer than a scope may be */
    static String scope(ExportOrder order) {
        String scope = order.programme() + "-" + order.variables().key() + "-" + order.from() + "-" + order.to();
        return scope.length() <= 64 ? scope : "export-" + HexFormat.of().formatHex(sha256(scope)).substring(0, 32);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
