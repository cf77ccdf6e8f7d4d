package de.lotse.core.directory;

import static de.lotse.core.directory.OrganisationKind.DAYCARE;
import static de.lotse.core.directory.OrganisationKind.EMPLOYMENT_AGENCY;
import static de.lotse.core.directory.OrganisationKind.FOREIGNERS_AUTHORITY;
import static de.lotse.core.directory.OrganisationKind.JOB_CENTRE;
import static de.lotse.core.directory.OrganisationKind.LANGUAGE_SCHOOL;
import static de.lotse.core.directory.OrganisationKind.SCHOOL;
import static de.lotse.core.directory.OrganisationKind.SOCIAL_WELFARE_OFFICE;
import static de.lotse.core.directory.OrganisationKind.WELFARE_ASSOCIATION;
import static de.lotse.core.directory.StepCategory.EDUCATION;
import static de.lotse.core.directory.StepCategory.HEALTH;
import static de.lotse.core.directory.StepCategory.HOUSING;
import static de.lotse.core.directory.StepCategory.LANGUAGE;
import static de.lotse.core.directory.StepCategory.RESIDENCE;
import static de.lotse.core.directory.StepCategory.SOCIAL;
import static de.lotse.core.directory.StepCategory.WORK;
import static de.lotse.core.directory.StepPriority.CAN_WAIT;
import static de.lotse.core.directory.StepPriority.ESSENTIAL;
import static de.lotse.core.directory.StepPriority.IMMEDIATE;

import de.lotse.core.id.Ids;
import java.util.List;

/**
 * The plan templates a new installation ships with. They are written in German because they
 * become the office's own data, which administrators then edit. Their ids are derived from
 * their names, so two devices that ship them independently hold the same records.
 */
public final class PlanTemplates {

    private static final java.util.UUID NAMESPACE = java.util.UUID.fromString("6f1c3c52-6a0e-4a57-9f43-2f5b1e0c7a10");

    private PlanTemplates() {
    }

    public static List<PlanTemplate> shipped() {
        return List.of(
                template("Neu angekommene erwachsene Person",
                        "Erste Schritte nach der Zuweisung: Aufenthalt, Leistungen, Sprache, Gesundheit, Arbeit.",
                        step("Anmeldung beim Einwohnermeldeamt", RESIDENCE, IMMEDIATE, 7, null),
                        step("Vorsprache bei der Ausländerbehörde", RESIDENCE, IMMEDIATE, 14, FOREIGNERS_AUTHORITY),
                        step("Leistungsantrag nach AsylbLG", SOCIAL, IMMEDIATE, 7, SOCIAL_WELFARE_OFFICE),
                        step("Erstuntersuchung und Krankenversicherung", HEALTH, ESSENTIAL, 30, OrganisationKind.HEALTH),
                        step("Anmeldung zum Integrationskurs", LANGUAGE, ESSENTIAL, 60, LANGUAGE_SCHOOL),
                        step("Anerkennung von Abschlüssen prüfen", WORK, CAN_WAIT, 120, EMPLOYMENT_AGENCY),
                        step("Wohnungssuche beginnen", HOUSING, CAN_WAIT, 180, OrganisationKind.HOUSING)),
                template("Familie mit schulpflichtigen Kindern",
                        "Schule und Kita zuerst, dann Sprache und Arbeit der Eltern.",
                        step("Anmeldung beim Einwohnermeldeamt", RESIDENCE, IMMEDIATE, 7, null),
                        step("Schulanmeldung der Kinder", EDUCATION, IMMEDIATE, 14, SCHOOL),
                        step("Kita-Platz beantragen", EDUCATION, ESSENTIAL, 30, DAYCARE),
                        step("Kinderuntersuchung beim Gesundheitsamt", HEALTH, ESSENTIAL, 30, OrganisationKind.HEALTH),
                        step("Bildung und Teilhabe beantragen", SOCIAL, ESSENTIAL, 45, JOB_CENTRE),
                        step("Integrationskurs für beide Eltern", LANGUAGE, ESSENTIAL, 60, LANGUAGE_SCHOOL),
                        step("Familienberatung anbieten", SOCIAL, CAN_WAIT, 90, WELFARE_ASSOCIATION)),
                template("EU-Zuwanderung aus Südosteuropa",
                        "Für Neuzugewanderte aus Rumänien und Bulgarien: Anmeldung, Arbeit, Krankenversicherung, Schule.",
                        step("Anmeldung beim Einwohnermeldeamt", RESIDENCE, IMMEDIATE, 7, null),
                        step("Krankenversicherung klären", HEALTH, IMMEDIATE, 14, OrganisationKind.HEALTH),
                        step("Schulanmeldung der Kinder", EDUCATION, IMMEDIATE, 14, SCHOOL),
                        step("Arbeitsvertrag und Lohn prüfen", WORK, ESSENTIAL, 30, EMPLOYMENT_AGENCY),
                        step("Wohnverhältnisse prüfen (Mietvertrag, Überbelegung)", HOUSING, ESSENTIAL, 30,
                                OrganisationKind.HOUSING),
                        step("Deutschkurs vermitteln", LANGUAGE, CAN_WAIT, 90, LANGUAGE_SCHOOL)),
                template("Person mit vorübergehendem Schutz (§ 24 AufenthG)",
                        "Für Geflüchtete aus der Ukraine: Aufenthaltserlaubnis, Jobcenter, Sprache, Schule.",
                        step("Aufenthaltserlaubnis nach § 24 beantragen", RESIDENCE, IMMEDIATE, 14, FOREIGNERS_AUTHORITY),
                        step("Antrag beim Jobcenter (SGB II)", SOCIAL, IMMEDIATE, 14, JOB_CENTRE),
                        step("Integrationskurs beantragen", LANGUAGE, ESSENTIAL, 45, LANGUAGE_SCHOOL),
                        step("Schulanmeldung der Kinder", EDUCATION, ESSENTIAL, 30, SCHOOL),
                        step("Anerkennung von Berufsabschlüssen", WORK, CAN_WAIT, 120, EMPLOYMENT_AGENCY),
                        step("Eigene Wohnung suchen", HOUSING, CAN_WAIT, 120, OrganisationKind.HOUSING)));
    }

    private static PlanTemplate template(String name, String description, PlanTemplate.Step... steps) {
        return new PlanTemplate(Ids.derived(NAMESPACE, name), name, description, List.of(steps));
    }

    private static PlanTemplate.Step step(String title, StepCategory category, StepPriority priority, int days,
            OrganisationKind kind) {
        return new PlanTemplate.Step(title, category, priority, days, kind);
    }
}
