package de.lotse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core stays free of the user interface, the database and the outer modules. */
@AnalyzeClasses(packages = "de.lotse.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreKnowsNoOuterLayer = noClasses().that().resideInAPackage("de.lotse.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.jooq..", "java.sql..", "de.lotse.persistence..", "de.lotse.app..");
}
