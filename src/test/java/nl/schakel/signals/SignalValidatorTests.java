// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalFixtures.landlordSignal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;

class SignalValidatorTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static final UUID CREDITOR = UUID.fromString("00000000-0000-4000-8000-000000000001");

	static final Municipality NIJMEGEN = new Municipality(new MunicipalityCode("0268"), "Nijmegen", true);

	static final Municipality HEUMEN = new Municipality(new MunicipalityCode("0252"), "Heumen", true);

	/** The demo region in miniature: 6584 straddles two municipalities, 65xx is Nijmegen, the rest is outside. */
	static final Function<Postcode, Placement> REGION = postcode -> switch (postcode.digits() / 100) {
		case 65 -> postcode.digits() == 6584 ? new Placement.Ambiguous(List.of(HEUMEN, NIJMEGEN))
				: new Placement.Placed(NIJMEGEN);
		default -> new Placement.OutsideRegion();
	};

	final SignalValidator validator = new SignalValidator(CREDITOR, TODAY, REGION);

	ObjectNode valid() {
		return landlordSignal("R-1", TODAY.minusDays(2));
	}

	@Test
	void acceptsAValidLandlordSignalAndKeepsItsFacts() {
		var outcome = validator.check(valid());
		assertThat(outcome.accepted()).isTrue();
		IncomingSignal signal = outcome.signal();
		assertThat(signal.creditorType()).isEqualTo(CreditorType.WONINGVERHUURDER);
		assertThat(signal.municipality()).isEqualTo(NIJMEGEN.code());
		assertThat(signal.arrearsCents()).isEqualTo(145_000);
		assertThat(signal.priorSteps().tenantObjected()).isFalse();
		assertThat(signal.normalisedAddress()).isEqualTo("6511AB|12|A");
		assertThat(signal.toString()).doesNotContain("Test Persoon");
	}

	@Test
	void anAmbiguousPostcodeNeedsOneOfItsMunicipalities() {
		ObjectNode signal = valid();
		((ObjectNode) signal.get("address")).put("postcode", "6584 AB");
		assertThat(validator.check(signal).reasons()).containsExactly(RefusalReason.POSTCODE_AMBIGUOUS);
		((ObjectNode) signal.get("address")).put("municipality", "0252");
		assertThat(validator.check(signal).signal().municipality()).isEqualTo(HEUMEN.code());
		((ObjectNode) signal.get("address")).put("municipality", "0363");
		assertThat(validator.check(signal).reasons()).containsExactly(RefusalReason.POSTCODE_AMBIGUOUS);
	}

	@Test
	void otherCreditorsNeedNoLandlordStepsAndEndOfSupplyIsForEnergyOnly() {
		ObjectNode water = SignalFixtures.waterSignal("W-1", TODAY.minusDays(1));
		assertThat(validator.check(water).accepted()).isTrue();
		ObjectNode energy = SignalFixtures.endOfSupplySignal("E-1", TODAY.minusDays(1));
		assertThat(validator.check(energy).signal().endOfSupplyDate()).isEqualTo(TODAY.plusDays(29));
		water.put("kind", "eindelevering").put("endOfSupplyDate", TODAY.plusDays(30).toString());
		assertThat(validator.check(water).reasons()).containsExactly(RefusalReason.END_OF_SUPPLY_NOT_ENERGY);
	}

	@Test
	void aTenantWhoseObjectionIsUnknownCountsAsObjecting() {
		ObjectNode signal = valid();
		((ObjectNode) signal.get("priorSteps")).remove("tenantObjected");
		assertThat(validator.check(signal).reasons()).containsExactly(RefusalReason.TENANT_OBJECTED);
	}

	@Test
	void aReminderAfterTheSignalDateIsNoPriorStep() {
		ObjectNode signal = valid();
		((ObjectNode) signal.get("priorSteps")).put("writtenReminderDate", TODAY.toString());
		assertThat(validator.check(signal).reasons()).containsExactly(RefusalReason.PRIOR_STEP_WRITTEN_REMINDER);
	}

	/**
	 * Property: whatever JSON arrives in place of a signal (random removals, wrong types, garbage values, deep
	 * nesting), the validator never throws and gives exactly one outcome: a signal, or at least one reason.
	 */
	@Test
	void anyJsonGivesExactlyOneOutcomeAndNeverAnException() {
		Random random = new Random(20261125);
		for (int run = 0; run < 5_000; run++) {
			JsonNode candidate = SignalMutations.mutate(valid(), random);
			var outcome = validator.check(candidate);
			assertThat(outcome.accepted() ^ !outcome.reasons().isEmpty()).as(candidate.toString()).isTrue();
		}
	}

	@Test
	void notAnObjectIsRefusedAsSuch() {
		List<JsonNode> odd = new ArrayList<>(List.of(JSON.nullNode(), JSON.createArrayNode(), JSON.getNodeFactory().textNode("x"),
				JSON.getNodeFactory().numberNode(1)));
		odd.forEach(node -> assertThat(validator.check(node).reasons()).containsExactly(RefusalReason.NOT_AN_OBJECT));
		assertThat(validator.check(null).reasons()).containsExactly(RefusalReason.NOT_AN_OBJECT);
	}

}
