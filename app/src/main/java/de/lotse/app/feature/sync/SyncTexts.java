package de.lotse.app.feature.sync;

import de.lotse.app.i18n.Messages;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.SyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The words of sync for people: the status line, times, labels of tables and fields. */
public final class SyncTexts {

    private SyncTexts() {
    }

    /**
     * The status bar's line: {@code Abgleich vor 5 Min. · 3 warten · 2 Konflikte}, or
     * {@code Kein Abgleich eingerichtet}; {@code null} status reads as not known yet.
     */
    public static String statusLine(Messages m, SyncStatus status, boolean syncing, Instant now, ZoneId zone) {
        if (status == null) {
            return m.get("sync.status.unknown");
        }
        if (!status.joined()) {
            return m.get("sync.status.notJoined");
        }
        List<String> parts = new ArrayList<>();
        if (syncing) {
            parts.add(m.get("sync.status.running"));
        } else {
            parts.add(status.lastSync().map(at -> m.get("sync.status.last", ago(m, at, now, zone)))
                    .orElse(m.get("sync.status.never")));
        }
        if (status.changesWaiting() > 0) {
            parts.add(m.get("sync.status.waiting", status.changesWaiting()));
        }
        if (status.conflictsOpen() > 0) {
            parts.add(m.get("sync.status.conflicts", status.conflictsOpen()));
        }
        if (!status.suspectClocks().isEmpty()) {
            parts.add(m.get("sync.status.clocks"));
        }
        return String.join(" · ", parts);
    }

    /** Whether the status line asks for attention: open conflicts or a clock running ahead. */
    public static boolean needsAttention(SyncStatus status) {
        return status != null && status.joined() && (status.conflictsOpen() > 0 || !status.suspectClocks().isEmpty());
    }

    /** {@code gerade eben}, {@code vor 5 Min.}, or the date and time for anything an hour old or more. */
    public static String ago(Messages m, Instant at, Instant now, ZoneId zone) {
        Duration past = Duration.between(at, now);
        if (past.isNegative() || past.toMinutes() < 1) {
            return m.get("sync.time.justNow");
        }
        if (past.toMinutes() < 60) {
            return m.get("sync.time.minutesAgo", past.toMinutes());
        }
        return dateTime(m, at, zone);
    }

    /** {@code 01.03.2026 14:30} in German, {@code 01/03/2026 14:30} in English. */
    public static String dateTime(Messages m, Instant at, ZoneId zone) {
        return at.atZone(zone).format(DateTimeFormatter.ofPattern(
                m.locale().getLanguage().equals("de") ? "dd.MM.yyyy HH:mm" : "dd/MM/yyyy HH:mm", m.locale()));
    }

    /** How people call a table ({@code Person} for {@code person}); the raw name when no label exists. */
    public static String entity(Messages m, String entity) {
        String key = "sync.entity." + entity;
        return m.has(key) ? m.get(key) : entity;
    }

    /** How people call a field ({@code Wohnort} for {@code person.city}); the raw name when no label exists. */
    public static String field(Messages m, String entity, String field) {
        String key = "sync.field." + entity + "." + field;
        return m.has(key) ? m.get(key) : field;
    }

    /** What the conflict is about, for the inbox: the field's label, or the kind of a domain conflict. */
    public static String subject(Messages m, Conflict conflict) {
        return Conflict.FIELD.equals(conflict.kind()) ? field(m, conflict.entity(), conflict.field())
                : kind(m, conflict.kind());
    }

    /** The kind of a conflict in words. */
    public static String kind(Messages m, String kind) {
        String key = "sync.kind." + kind;
        return m.has(key) ? m.get(key) : kind;
    }
}
