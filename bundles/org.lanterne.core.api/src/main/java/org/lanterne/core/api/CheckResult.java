package org.lanterne.core.api;

import java.util.Objects;

/**
 * The outcome of one {@link HealthCheck}.
 *
 * @param status whether the component works
 * @param reason why it does not, for an operator; empty when up. Never holds personal data.
 */
public record CheckResult(Status status, String reason) {

    public CheckResult {
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static CheckResult up() {
        return new CheckResult(Status.UP, "");
    }

    public static CheckResult down(String reason) {
        return new CheckResult(Status.DOWN, reason);
    }
}
