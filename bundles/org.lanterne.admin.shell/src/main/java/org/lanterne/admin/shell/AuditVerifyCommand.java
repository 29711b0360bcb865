package org.lanterne.admin.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.lanterne.audit.api.AuditTrail;
import org.lanterne.audit.api.ChainVerification;

/**
 * {@code lanterne:audit-verify}: walks the whole audit trail and says whether it is intact, or
 * where it first breaks. A broken trail makes the command fail, so scripts can act on it.
 */
@Service
@Command(scope = "lanterne", name = "audit-verify", description = "Checks that no audit event was changed, removed or inserted")
public class AuditVerifyCommand implements Action {

    @Reference
    private AuditTrail auditTrail;

    @Override
    public Object execute() {
        ChainVerification verification = auditTrail.verify();
        if (!verification.intact()) {
            throw new IllegalStateException("The audit trail is broken: " + verification.reason() + " ("
                    + verification.eventsChecked() + " events checked)");
        }
        System.out.println("The audit trail is intact: " + verification.eventsChecked() + " events checked.");
        return null;
    }
}
