// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documented shape of a calculation request, for the OpenAPI description. {@link HouseholdReader} reads the
 * same fields from the JSON tree, so that it can report every problem at once instead of the first.
 */
@Schema(description = "A household on a reference date. Leave out (or null) what is not known.")
record CalculationRequest(
		@Schema(description = "The date the rules and parameters are read at (peildatum)", example = "2026-03-01",
				requiredMode = Schema.RequiredMode.REQUIRED) LocalDate referenceDate,
		@Schema(description = "A year (2026) or a month (2026-03); default the month of referenceDate",
				example = "2026-03") @Nullable String period,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) HouseholdJson household) {

	@Schema(description = "The household")
	record HouseholdJson(
			@Schema(description = "CBS code of the municipality of residence", example = "0268") @Nullable String municipality,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PersonJson applicant,
			@Schema(description = "Whether there is a partner (toeslagpartner and bijstand partner); default: true when "
					+ "partner is given") @Nullable Boolean hasPartner,
			@Nullable PersonJson partner,
			@Schema(description = "Children under 18; null when not known, [] for none") @Nullable List<PersonJson> children,
			@Schema(description = "Everyone else at the address; null when not known") @Nullable List<PersonJson> housemates,
			@Schema(description = "Kale huur per month in euros", example = "650.00") @Nullable String rent,
			@Schema(description = "Service costs per month that count for huurtoeslag", example = "40.00") @Nullable String serviceCosts,
			@Schema(description = "Yearly aanslag of municipal taxes", example = "350.00") @Nullable String municipalTax,
			@Schema(description = "Ids of schemes or help already received, such as voedselbank") @Nullable List<String> receives,
			@Schema(description = "Whole years at a low income", example = "4") @Nullable Integer lowIncomeYears,
			@Nullable List<ChildcareJson> childcare) {
	}

	@Schema(description = "A person; every field may be left out")
	record PersonJson(@Schema(description = "Age in whole years, 0 to 120", example = "35") @Nullable Integer age,
			@Schema(description = "Birth date; beats age", example = "1990-05-17") @Nullable LocalDate birthDate,
			@Schema(description = "Toetsingsinkomen per year in euros", example = "16800.00") @Nullable String yearlyIncome,
			@Schema(description = "Net income per month in euros", example = "1300.00") @Nullable String monthlyNetIncome,
			@Schema(description = "Vermogen in euros", example = "2000.00") @Nullable String assets,
			@Nullable Boolean healthInsured, @Nullable Boolean working,
			@Schema(description = "For a housemate: does not count as kostendeler") @Nullable Boolean kostendelerExempt) {
	}

	@Schema(description = "Childcare for one child, per month")
	record ChildcareJson(@Schema(description = "Index in children") int child,
			@Schema(allowableValues = { "DAGOPVANG", "BUITENSCHOOLSE_OPVANG", "GASTOUDEROPVANG" }) String kind,
			@Schema(description = "Hours per month") int hours,
			@Schema(example = "10.25") String hourlyPrice) {
	}

}
