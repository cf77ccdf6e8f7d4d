package de.lotse.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;
import java.util.Set;

/**
 * Business writes go through {@link ChangeWriter} only, so that sync sees every change. The sync
 * engine is the one exception: through {@code Store.exclusively} it applies other devices' changes
 * (which must not enter this device's outbox again) and keeps its own bookkeeping.
 */
@AnalyzeClasses(packages = "de.lotse", importOptions = ImportOption.DoNotIncludeTests.class)
class WritePathArchitectureTest {

    private static final Set<String> WRITES = Set.of("insertInto", "update", "deleteFrom", "mergeInto",
            "batch", "batchInsert", "batchUpdate", "batchStore", "batchDelete", "truncate", "store", "insert", "delete");

    @ArchTest
    static final ArchRule onlyTheWritePathWrites = noClasses()
            .that().doNotHaveSimpleName("ChangeWriter")
            .and().doNotHaveSimpleName("DeviceIdentities")
            .and().resideOutsideOfPackage("de.lotse.persistence.sync..")
            .should().callMethodWhere(new DescribedPredicate<JavaCall<?>>("a jOOQ write outside ChangeWriter") {
                @Override
                public boolean test(JavaCall<?> call) {
                    return call.getTargetOwner().getPackageName().startsWith("org.jooq")
                            && WRITES.contains(call.getName());
                }
            });
}
