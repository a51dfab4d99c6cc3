package dev.plumbline.transform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, as they apply to {@code transform}. */
@AnalyzeClasses(
    packages = "dev.plumbline.transform",
    importOptions = ImportOption.DoNotIncludeTests.class)
class TransformArchitectureTest {

  @ArchTest
  static final ArchRule uses_only_the_modules_above_it =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plumbline.testing..", "dev.plumbline.cli..", "dev.plumbline.samples..")
          .allowEmptyShould(true)
          .because("a module only uses the modules above it, so there are no cycles");

  @ArchTest
  static final ArchRule uses_no_internal_package_of_another_module =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plumbline.core..internal..", "dev.plumbline.validation..internal..")
          .allowEmptyShould(true)
          .because("internal packages are not API");

  @ArchTest
  static final ArchRule no_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
          .allowEmptyShould(true)
          .because("library code logs through slf4j only");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true);
}
