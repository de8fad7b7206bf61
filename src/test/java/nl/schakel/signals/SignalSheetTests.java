// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.JSON;
import static nl.schakel.signals.SignalValidatorTests.REGION;
import static nl.schakel.signals.SignalValidatorTests.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import nl.schakel.spreadsheet.SheetRow;

/**
 * The file path into the intake: cells are translated into the API's JSON and then meet the very same validator.
 * Property tests from a fixed seed ({@code -Dproperties.seed=N}, {@code -Dproperties.tries=N}); a failure names the
 * try, the seed and the row.
 */
class SignalSheetTests {

	static final long SEED = Long.getLong("properties.seed", 20261125L);

	static final int TRIES = Integer.getInteger("properties.tries", 3_000);

	static final List<String> HEADER = List.of("Kenmerk", "Soort schuldeiser", "Naam", "Geboortedatum", "BSN", "Postcode",
			"Huisnummer", "Toevoeging", "Telefoon", "Bedrag", "Achterstand sinds", "Datum signaal", "Persoonlijk contact",
			"Gewezen op schuldhulp", "Datum herinnering", "Aanbod gegevens delen", "Bezwaar huurder");

	static final SignalSheet.Mapping MAPPING = new SignalSheet.Mapping(SignalSheet.suggest(HEADER, false), null);

	final SignalValidator validator = new SignalValidator(SignalValidatorTests.CREDITOR, TODAY, REGION);

	/** The same signal, once as the API's JSON and once as a row as a spreadsheet program may write it. */
	record Pair(ObjectNode json, List<String> row) {
	}

	static Pair randomValid(Random random, int i) {
		LocalDate signalDate = TODAY.minusDays(random.nextInt(200));
		LocalDate since = signalDate.minusDays(random.nextInt(400));
		LocalDate reminder = since.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(since, signalDate) + 1));
		long cents = 1 + (long) (Math.abs(random.nextGaussian()) * 500_000);
		boolean landlord = random.nextBoolean();
		String type = landlord ? "woningverhuurder" : "zorgverzekeraar";
		String postcode = (6511 + random.nextInt(30)) + (random.nextBoolean() ? " " : "") + "AB";
		int number = 1 + random.nextInt(2000);
		String addition = random.nextBoolean() ? "" : "b";
		ObjectNode json = SignalFixtures.landlordSignal("R-" + i, signalDate);
		json.put("creditorType", type);
		((ObjectNode) json.get("person")).put("birthDate", "1970-01-0" + (1 + random.nextInt(9)));
		if (!landlord) {
			// A BSN comes only from a health insurer (docs/signals.md, "BSN").
			((ObjectNode) json.get("person")).put("bsn", SignalFixtures.BSN);
		}
		ObjectNode address = (ObjectNode) json.get("address");
		address.put("postcode", postcode);
		address.put("houseNumber", number);
		if (addition.isEmpty()) {
			address.remove("addition");
		}
		else {
			address.put("addition", addition);
		}
		((ObjectNode) json.get("contact")).remove("email");
		((ObjectNode) json.get("arrears")).put("amountCents", cents);
		((ObjectNode) json.get("arrears")).put("since", since.toString());
		((ObjectNode) json.get("priorSteps")).put("writtenReminderDate", reminder.toString());
		if (!landlord) {
			json.remove("priorSteps");
		}
		boolean together = !addition.isEmpty() && random.nextBoolean();
		List<String> row = new ArrayList<>(List.of("R-" + i, random.nextBoolean() ? type : landlord ? "Huur" : "Zorg",
				"Test Persoon", date(LocalDate.parse(json.get("person").get("birthDate").asString()), random),
				landlord ? "" : random.nextBoolean() ? "111222333" : "111.222.333", postcode,
				together ? number + addition : String.valueOf(number), together ? "" : addition, "06 12345678", amount(cents, random),
				date(since, random), date(signalDate, random)));
		if (landlord) {
			row.addAll(List.of(random.nextBoolean() ? "ja" : "x", "Ja", date(reminder, random), "1",
					random.nextBoolean() ? "nee" : "N"));
		}
		else {
			row.addAll(List.of("", "", "", "", ""));
		}
		return new Pair(json, row);
	}

	static String date(LocalDate date, Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> date.toString();
			case 1 -> date.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
			case 2 -> date.format(DateTimeFormatter.ofPattern("d/M/yyyy"));
			default -> String.valueOf(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date));
		};
	}

	static String amount(long cents, Random random) {
		String euros = cents / 100 + "";
		String fraction = String.format("%02d", cents % 100);
		return switch (random.nextInt(4)) {
			case 0 -> euros + "," + fraction;
			case 1 -> euros + "." + fraction;
			case 2 -> "€ " + thousands(euros) + "," + fraction;
			default -> String.valueOf(cents / 100.0);
		};
	}

	static String thousands(String digits) {
		var out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}

	ObjectNode viaSheet(List<String> row) {
		return SignalSheet.rows(List.of(new SheetRow(2, row)), MAPPING, JSON, content -> "unused").getFirst().signal();
	}

	@Test
	void aValidSignalWrittenAsARowIsTheSameSignalAsItsJson() {
		Random random = new Random(SEED);
		for (int i = 0; i < TRIES; i++) {
			Pair pair = randomValid(random, i);
			var direct = validator.check(pair.json());
			var sheet = validator.check(viaSheet(pair.row()));
			assertThat(direct.reasons()).as("try %d, seed %d: %s", i, SEED, pair.json()).isEmpty();
			assertThat(sheet.signal()).as("try %d, seed %d, row %s", i, SEED, pair.row()).isEqualTo(direct.signal());
		}
	}

	@Test
	void anyDamageToARowGivesExactlyOneOutcomeAndNeverAnException() {
		Random random = new Random(SEED + 1);
		List<String> odd = List.of("", " ", "?", "31-02-2026", "2026-13-01", "1.2.3", "1,2,3", "€", "-5", "0", "99999999999999",
				"abc", "ja", "nee", "6511", "é€😀", "=1+1", "45.5", "1e9", "0x10", "\"", ";", "14 bis", "12-12-12");
		for (int i = 0; i < TRIES; i++) {
			Pair pair = randomValid(random, i);
			List<String> row = new ArrayList<>(pair.row());
			for (int k = 0, changes = 1 + random.nextInt(3); k < changes; k++) {
				row.set(random.nextInt(row.size()), odd.get(random.nextInt(odd.size())));
			}
			if (random.nextInt(10) == 0) {
				row = row.subList(0, random.nextInt(row.size()));
			}
			if (row.stream().allMatch(String::isBlank)) {
				// A blank row is skipped, not refused: a spreadsheet often ends with some.
				assertThat(SignalSheet.rows(List.of(new SheetRow(2, row)), MAPPING, JSON, c -> "r")).isEmpty();
				continue;
			}
			var outcome = validator.check(viaSheet(row));
			assertThat(outcome.accepted() ^ !outcome.reasons().isEmpty()).as("try %d, seed %d, row %s", i, SEED, row)
				.isTrue();
		}
	}

	@Test
	void amountsAreReadAsEurosInWholeCentsOrNotAtAll() {
		assertThat(SignalSheet.cents("1.234,56")).isEqualTo(123_456L);
		assertThat(SignalSheet.cents("1,234.56")).isEqualTo(123_456L);
		assertThat(SignalSheet.cents("1234,5")).isEqualTo(123_450L);
		assertThat(SignalSheet.cents("€ 80")).isEqualTo(8_000L);
		assertThat(SignalSheet.cents("1234.5600000000001")).isEqualTo(123_456L);
		assertThat(SignalSheet.cents("0,001")).isNull();
		assertThat(SignalSheet.cents("1,2,3")).isNull();
		assertThat(SignalSheet.cents("twee")).isNull();
	}

	@Test
	void datesAreReadInDutchIsoAndSpreadsheetFormsAndOtherTextPassesUnchanged() {
		assertThat(SignalSheet.date("23-11-2026")).isEqualTo("2026-11-23");
		assertThat(SignalSheet.date("3/1/2026")).isEqualTo("2026-01-03");
		assertThat(SignalSheet.date("46349")).isEqualTo("2026-11-23");
		assertThat(SignalSheet.date("31-02-2026")).isEqualTo("31-02-2026");
		assertThat(SignalSheet.date("gisteren")).isEqualTo("gisteren");
	}

	@Test
	void withoutAReferenceColumnTheRowItselfIsTheReference() {
		var mapping = new SignalSheet.Mapping(Map.of(SignalColumn.NAME, 0, SignalColumn.POSTCODE, 1), null);
		List<String> seen = new ArrayList<>();
		var rows = SignalSheet.rows(List.of(new SheetRow(2, List.of("A", "6511 AB")), new SheetRow(3, List.of(" ", ""))),
				mapping, JSON, content -> {
					seen.add(content);
					return "rij-" + UUID.nameUUIDFromBytes(content.getBytes());
				});
		assertThat(rows).hasSize(1);
		assertThat(seen).containsExactly("A\u001f6511 AB\u001f");
		assertThat(rows.getFirst().signal().get("reference").asString()).startsWith("rij-");
	}

}
