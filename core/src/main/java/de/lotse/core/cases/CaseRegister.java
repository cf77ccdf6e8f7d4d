package de.lotse.core.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored case files and everything that hangs off them. Every write records its changes for sync. */
public interface CaseRegister {

    /**
     * Opens a case under the next free number of {@code deviceCode} for the year it is opened in,
     * together with its first plan steps, in one transaction.
     */
    CaseFile open(NewCase newCase, String deviceCode, List<IntegrationStep> plan);

    /** Stores cases with their steps, journal, consents, benefits, referrals and appointments in one transaction. */
    void addAll(CaseData data);

    /**
     * Changes caseworker, target group, status, close reason or close date of a stored case: the
     * fields in which {@code changed} differs from {@code base}, the case as it was read.
     */
    void update(CaseFile base, CaseFile changed);

    Optional<CaseFile> find(UUID id);

    /** The cases of a person: their own and their household's, newest first. */
    List<CaseSummary> casesOf(UUID personId);

    /** Every case, newest first. */
    List<CaseSummary> listAll();

    /** One case as a case list shows it (its subject's name, its last activity); empty when there is none. */
    default Optional<CaseSummary> summary(UUID caseId) {
        return listAll().stream().filter(summary -> summary.id().equals(caseId)).findFirst();
    }

    /** Appends to a case's journal; entries are never changed. */
    void append(JournalEntry entry);

    /** A case's journal, oldest first. */
    List<JournalEntry> journal(UUID caseId);

    /**
     * Stores a new consent ({@code base} null), or the fields of a stored one in which
     * {@code edited} differs from {@code base}, the consent as the form showed it: a field that
     * another device changed meanwhile and the person left alone keeps its value. The same for
     * benefits, referrals and steps.
     */
    void save(Consent base, Consent edited);

    void save(Benefit base, Benefit edited);

    void save(Referral base, Referral edited);

    void save(IntegrationStep base, IntegrationStep edited);

    List<Consent> consents(UUID caseId);

    List<Benefit> benefits(UUID caseId);

    List<Referral> referrals(UUID caseId);

    /** A case's plan in {@link IntegrationStep#PLAN_ORDER}. */
    List<IntegrationStep> steps(UUID caseId);

    /** What a new case needs before it has a number. */
    record NewCase(UUID id, UUID personId, UUID householdId, UUID caseworkerId, TargetGroup targetGroup,
            java.time.LocalDate openedOn) { }
}
