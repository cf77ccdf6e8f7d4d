package de.lotse.core.cases;

/** Where a step stands. Done and dropped steps are finished and never overdue. */
public enum StepStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean finished() {
        return this == DONE || this == DROPPED;
    }
}
