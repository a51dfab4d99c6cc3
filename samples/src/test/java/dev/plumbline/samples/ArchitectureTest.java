package dev.plumbline.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.plumbline.samples");

  @Test
  void onlyTheDemoWritesToTheConsole() {
    noClasses()
        .that()
        .doNotHaveSimpleName("StorefrontDemo")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(classes);
  }

  @Test
  void noClassUsesAnotherModulesInternals() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.plumbline.core.internal..")
        .check(classes);
  }
}
