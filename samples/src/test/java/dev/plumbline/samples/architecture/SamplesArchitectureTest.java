package dev.plumbline.samples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, as they apply to {@code samples}. */
@AnalyzeClasses(
    packages = "dev.plumbline.samples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SamplesArchitectureTest {

  @ArchTest
  static final ArchRule uses_only_the_modules_above_it =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.plumbline.cli..", "dev.plumbline.benchmarks..")
          .allowEmptyShould(true)
          .because("a module only uses the modules above it, so there are no cycles");

  @ArchTest
  static final ArchRule uses_no_internal_package_of_another_module =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plumbline.core..internal..",
              "dev.plumbline.validation..internal..",
              "dev.plumbline.transform..internal..",
              "dev.plumbline.testing..internal..")
          .allowEmptyShould(true)
          .because("internal packages are not API");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.allowEmptyShould(true);
}
