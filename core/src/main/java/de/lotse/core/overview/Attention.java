package de.lotse.core.overview;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a caseworker must look at so that nobody gets lost: overdue steps, today's and this
 * week's appointments, residence permits that expire within eight weeks or have expired
 * (the person's latest status, with no newer one), cases without activity
 * for 30 days, and persons who have no case. Each section holds its first lines and how many there are.
 */
public record Attention(Section overdueSteps, Section appointmentsToday, Section appointmentsThisWeek,
        Section expiringPermits, Section inactiveCases, Section personsWithoutCase) {

    /** Weeks ahead in which an expiring residence permit is shown. */
    public static final int PERMIT_WEEKS = 8;

    /** Days without journal entry or step change after which a case counts as inactive. */
    public static final int INACTIVE_DAYS = 30;

    /** The first lines of one kind and how many there are in all. */
    public record Section(List<Line> lines, int total) {

        public Section {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One line that opens a record: whose it is ({@code personId}, and {@code caseId} when it
     * belongs to a case), the person's name, what it is about (a step's title, an appointment's
     * title, a residence kind's name, a case number), and when.
     */
    public record Line(UUID personId, UUID caseId, String who, String what, LocalDateTime when) { }
}
