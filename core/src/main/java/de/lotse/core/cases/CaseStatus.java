package de.lotse.core.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands. A case is opened, worked on, may pause, and is closed with a reason; it may be reopened. */
public enum CaseStatus {
    OPEN, ACTIVE, PAUSED, CLOSED;

    /** The statuses a case in this status may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACTIVE, PAUSED, CLOSED);
            case ACTIVE -> EnumSet.of(PAUSED, CLOSED);
            case PAUSED -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(ACTIVE);
        };
    }
}
