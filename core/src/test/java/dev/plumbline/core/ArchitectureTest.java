package dev.plumbline.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DESIGN.md, as they apply to {@code core}. */
@AnalyzeClasses(
    packages = "dev.plumbline.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_uses_no_other_module =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plumbline.validation..",
              "dev.plumbline.transform..",
              "dev.plumbline.testing..",
              "dev.plumbline.cli..",
              "dev.plumbline.samples..")
          .because("core is the bottom of the module stack");

  @ArchTest
  static final ArchRule core_is_free_of_everit_and_org_json =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.everit..", "org.json..", "org.junit..", "net.jqwik..", "picocli..")
          .because("core holds the model only; schema checking with everit lives in validation");

  @ArchTest static final ArchRule no_standard_streams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest static final ArchRule no_java_util_logging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

  @ArchTest
  static final ArchRule api_packages_do_not_leak_into_internal_names =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal..")
          .should()
          .haveSimpleNameEndingWith("Helper")
          .orShould()
          .haveSimpleNameEndingWith("Util")
          .orShould()
          .haveSimpleNameEndingWith("Utils")
          .orShould()
          .haveSimpleNameEndingWith("Manager")
          .because("names say what a thing is, not how it is built");

  @ArchTest
  static final ArchRule no_module_cycles =
      slices().matching("dev.plumbline.(*)..").should().beFreeOfCycles();
}
