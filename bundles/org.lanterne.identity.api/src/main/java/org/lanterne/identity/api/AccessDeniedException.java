package org.lanterne.identity.api;

/** The acting user's roles do not grant the action on the class of data. */
public class AccessDeniedException extends SecurityException {

    private static final long serialVersionUID = 1L;

    private final Action action;
    private final DataClass dataClass;

    public AccessDeniedException(Action action, DataClass dataClass) {
        this("Not allowed: " + action + " on " + dataClass + ".", action, dataClass);
    }

    protected AccessDeniedException(String message, Action action, DataClass dataClass) {
        super(message);
        this.action = action;
        this.dataClass = dataClass;
    }

    /** @return what was refused */
    public Action action() {
        return action;
    }

    /** @return on what class of data */
    public DataClass dataClass() {
        return dataClass;
    }
}
