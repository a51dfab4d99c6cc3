package dev.plumbline.validation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.plumbline.core.internal.RoomToRecurse;
import dev.plumbline.core.internal.TypeDepth;

/** The module rules of DESIGN.md, as they apply to {@code validation}. */
@AnalyzeClasses(
    packages = "dev.plumbline.validation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ValidationArchitectureTest {

  @ArchTest
  static final ArchRule uses_only_the_modules_above_it =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plumbline.transform..",
              "dev.plumbline.testing..",
              "dev.plumbline.cli..",
              "dev.plumbline.samples..")
          .allowEmptyShould(true)
          .because("a module only uses the modules above it, so there are no cycles");

  @ArchTest
  static final ArchRule uses_no_internal_package_of_another_module =
      noClasses()
          .should()
          .dependOnClassesThat(
              JavaClass.Predicates.resideInAnyPackage("dev.plumbline.core..internal..")
                  .and(
                      DescribedPredicate.not(
                          JavaClass.Predicates.belongToAnyOf(
                              RoomToRecurse.class, TypeDepth.class))))
          .allowEmptyShould(true)
          .because(
              "internal packages are not API (RoomToRecurse and TypeDepth excepted: compiling a"
                  + " plan recurses per level of its types in core and validation alike, and both"
                  + " modules ship together)");

  @ArchTest
  static final ArchRule no_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
          .allowEmptyShould(true)
          .because("library code logs through slf4j only");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true);
}
