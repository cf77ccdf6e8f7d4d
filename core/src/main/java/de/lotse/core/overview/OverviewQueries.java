package de.lotse.core.overview;

import java.time.LocalDate;

/** Port for the figures of the Start view. */
public interface OverviewQueries {

    /** Figures as of {@code today}; {@code top} limits the nationality breakdown. */
    OfficeFigures figures(LocalDate today, int top);
}
