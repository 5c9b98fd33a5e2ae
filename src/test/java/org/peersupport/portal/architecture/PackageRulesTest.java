package org.peersupport.portal.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/** The arrows ARCHITECTURE.md allows between the portal's packages, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.peersupport.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

    private static final String ROOT = "org.peersupport.portal.";

    @ArchTest
    static final ArchRule featuresDependOnEachOtherWithoutCycles = slices()
            .matching("org.peersupport.portal.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theSharedKernelKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.peersupport.portal.shared..")
            .should().dependOnClassesThat(resideInAPackage("org.peersupport.portal..")
                    .and(resideOutsideOfPackage("org.peersupport.portal.shared..")))
            .because("shared is the kernel every feature may use, so it may use none of them");

    @ArchTest
    static final ArchRule nothingButTheDemoUsesTheDemo = noClasses()
            .that().resideOutsideOfPackage("org.peersupport.portal.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.peersupport.portal.demo..")
            .because("demo data is switched on by configuration and no production path may need it");

    @ArchTest
    static final ArchRule noFeatureUsesAnotherFeaturesPages = noClasses()
            .that().resideInAPackage("org.peersupport.portal..")
            .should(dependOnAnotherFeaturesWebPackage())
            .because("features meet through services, events and shared interfaces, not through page beans");

    private static ArchCondition<JavaClass> dependOnAnotherFeaturesWebPackage() {
        return new ArchCondition<>("depend on another feature's web package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = feature(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    Optional<String> other = feature(target);
                    boolean foreignWeb = other.isPresent() && !other.equals(own) && !"demo".equals(own.orElse(""))
                            && (target.contains(".web.") || target.endsWith(".web"));
                    if (foreignWeb) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The first package below the root (account, forum, shared…), if the package is the portal's. */
    private static Optional<String> feature(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
