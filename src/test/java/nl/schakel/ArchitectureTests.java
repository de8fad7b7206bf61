// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules that a compiler does not check. Each rule was seen to fail once against a deliberate violation
 * (see DEVELOPERS.md, "Architecture rules") before it was trusted.
 */
class ArchitectureTests {

	static final JavaClasses SCHAKEL = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.schakel");

	@Test
	void noDumpingGroundNames() {
		ArchRule rule = noClasses().should()
			.haveSimpleNameEndingWith("Impl")
			.orShould()
			.haveSimpleNameEndingWith("Util")
			.orShould()
			.haveSimpleNameEndingWith("Utils")
			.orShould()
			.haveSimpleNameEndingWith("Helper")
			.orShould()
			.haveSimpleNameEndingWith("Manager")
			.because("names must say what a type is in the domain (DEVELOPERS.md)");
		rule.check(SCHAKEL);
	}

	@Test
	void controllersLiveInTheWebShellOrAWebSubPackage() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAnyPackage("nl.schakel.web..", "nl.schakel.*.web..")
			.because("a module's web adapter is internal to it; its API is its top-level package");
		rule.check(SCHAKEL);
	}

	@Test
	void timeComesFromTheInjectedClock() {
		ArchRule rule = noClasses().should()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(Clock.class, "systemDefaultZone")
			.because("every rule takes an explicit reference date; time comes from the Clock bean")
			.allowEmptyShould(true);
		rule.check(SCHAKEL.that(com.tngtech.archunit.base.DescribedPredicate.not(
				com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(nl.schakel.organisation.SchakelUser.class))));
	}

	@Test
	void nothingLogsThroughSystemOutExceptTheDemoBannerAndCommandLineTools() {
		// The command-line tools of bulk screening print their usage and a summary of counts: that is their interface.
		ArchRule rule = noClasses().that()
			.doNotHaveSimpleName("DemoData")
			.and()
			.doNotHaveFullyQualifiedName("nl.schakel.schemes.bulk.BulkScreeningCommand")
			.and()
			.doNotHaveFullyQualifiedName("nl.schakel.schemes.bulk.SyntheticHouseholds")
			.should()
			.accessField(System.class, "out")
			.orShould()
			.accessField(System.class, "err")
			.because("logs are structured and free of personal data; System.out bypasses both");
		rule.check(SCHAKEL);
	}

	@Test
	void theDomainDoesNotDependOnTheWebLayer() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage("nl.schakel.region", "nl.schakel.organisation", "nl.schakel.audit", "nl.schakel.privacy")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "nl.schakel.web..")
			.because("business code must not depend on the web layer (conventions 8.8)");
		rule.check(SCHAKEL);
	}

}
