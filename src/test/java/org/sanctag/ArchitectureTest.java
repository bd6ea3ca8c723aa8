package org.sanctag;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rule of {@code package-info.java}, checked: {@code api -> org.sanctag -> {result,
 * rules, match -> text}}, with the frameworks kept at the edge.
 */
class ArchitectureTest {

    private static final String ROOT = "org.sanctag";
    private static final String[] EDGE = {
        "org.sanctag.api..",
        "org.sanctag.boot..",
        "org.sanctag.health..",
        "org.sanctag.metrics..",
        "org.sanctag.stream.."
    };
    private static final String[] FRAMEWORKS = {
        "io.quarkus..",
        "io.vertx..",
        "io.smallrye..",
        "io.micrometer..",
        "org.apache.kafka..",
        "jakarta.ws.rs..",
        "jakarta.enterprise..",
        "jakarta.inject..",
        "org.jboss..",
        "org.eclipse.microprofile.."
    };

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void textDependsOnNoOtherSanctagPackage() {
        onlyWithin("org.sanctag.text..").check(mainClasses);
    }

    @Test
    void matchDependsOnTextAlone() {
        onlyWithin("org.sanctag.match..", "org.sanctag.text..").check(mainClasses);
    }

    @Test
    void amountsDependOnTextAlone() {
        onlyWithin("org.sanctag.amounts..", "org.sanctag.text..").check(mainClasses);
    }

    @Test
    void resultDependsOnNoOtherSanctagPackage() {
        onlyWithin("org.sanctag.result..").check(mainClasses);
    }

    @Test
    void rulesDependOnNoOtherSanctagPackage() {
        onlyWithin("org.sanctag.rules..").check(mainClasses);
    }

    @Test
    void theRootPackageShowsOnlyTheFacadeAndItsPhraseCatalog() {
        classes()
                .that()
                .resideInAPackage(ROOT)
                .and()
                .arePublic()
                .should()
                .haveFullyQualifiedName(Tagger.class.getName())
                .orShould()
                .haveFullyQualifiedName(PhraseCatalog.class.getName())
                .orShould()
                .haveFullyQualifiedName(PhraseCatalog.Phrase.class.getName())
                .orShould()
                .haveFullyQualifiedName(AnswerLimits.class.getName())
                .orShould()
                .haveFullyQualifiedName(UnknownRuleSetException.class.getName())
                .because("the stages are package-private; what clients see is in org.sanctag.result")
                .check(mainClasses);
    }

    @Test
    void theEngineKnowsNothingOfTheEdge() {
        noClasses()
                .that()
                .resideOutsideOfPackages(EDGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(EDGE)
                .because("api, boot, health, metrics and stream sit on the engine, never under it")
                .check(mainClasses);
    }

    @Test
    void onlyTheEdgeImportsQuarkusOrJaxRs() {
        noClasses()
                .that()
                .resideOutsideOfPackages(EDGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the engine is plain Java, tested with plain JUnit")
                .check(mainClasses);
    }

    @Test
    void onlyTheEdgeAndTheRuleParserImportJackson() {
        noClasses()
                .that()
                .resideOutsideOfPackages(concat(EDGE, "org.sanctag.rules.."))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..")
                .because("the wire format is api's business; rules/ parses YAML with Jackson")
                .check(mainClasses);
    }

    /** Classes of {@code pkg} depend on no sanctag package but {@code allowed} and their own. */
    private static ArchRule onlyWithin(String pkg, String... allowed) {
        return noClasses()
                .that()
                .resideInAPackage(pkg)
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.sanctag..").and(resideOutsideOfPackages(concat(allowed, pkg))))
                .because(
                        allowed.length == 0
                                ? pkg + " uses no other package of sanctag"
                                : pkg + " uses no package of sanctag but " + String.join(", ", allowed));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
