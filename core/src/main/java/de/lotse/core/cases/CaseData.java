package de.lotse.core.cases;

import de.lotse.core.agenda.Appointment;
import java.util.List;

/** Case files with everything that hangs off them, for bulk loads such as demo data. */
public record CaseData(List<CaseFile> cases, List<IntegrationStep> steps, List<JournalEntry> journal,
        List<Consent> consents, List<Benefit> benefits, List<Referral> referrals, List<Appointment> appointments) {

    public static final CaseData NONE = new CaseData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public CaseData {
        cases = List.copyOf(cases);
        steps = List.copyOf(steps);
        journal = List.copyOf(journal);
        consents = List.copyOf(consents);
        benefits = List.copyOf(benefits);
        referrals = List.copyOf(referrals);
        appointments = List.copyOf(appointments);
    }
}
