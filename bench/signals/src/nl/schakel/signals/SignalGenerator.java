// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic, invented signals, the same for the same seed: households at addresses in the demo region's postcode
 * areas, each signalled 1 to 4 times over several months by creditors of the four types (many energy, water and
 * health insurers, fewer landlords), amounts log-normal, and a share of invalid rows. No real person or address.
 */
final class SignalGenerator {

	/** A creditor organisation the generator signals for. */
	record Creditor(UUID id, CreditorType type) {
	}

	/** One generated signal: its creditor, its JSON as the API takes it, and the same fields as one CSV line. */
	record Generated(UUID creditor, ObjectNode json, String csv) {
	}

	private static final String LETTERS = "ABCDEFGHJKLMNPRTVWXZ";

	private final int count;

	private final List<Creditor> creditors;

	private final List<Integer> areas;

	private final LocalDate today;

	private final JsonMapper json;

	private final int[] householdOf;

	private final long seed;

	SignalGenerator(long seed, int count, List<Creditor> creditors, List<Integer> areas, LocalDate today,
			JsonMapper json) {
		this.seed = seed;
		this.count = count;
		this.creditors = creditors;
		this.areas = areas;
		this.today = today;
		this.json = json;
		// Households get 1-4 signals (50/30/15/5 %); their slots are shuffled, so one household's signals arrive in
		// different deliveries, as months pass.
		SplittableRandom random = new SplittableRandom(seed);
		householdOf = new int[count];
		int filled = 0;
		int household = 0;
		while (filled < count) {
			double r = random.nextDouble();
			int signals = r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
			for (int i = 0; i < signals && filled < count; i++) {
				householdOf[filled++] = household;
			}
			household++;
		}
		for (int i = count - 1; i > 0; i--) {
			int k = random.nextInt(i + 1);
			int t = householdOf[i];
			householdOf[i] = householdOf[k];
			householdOf[k] = t;
		}
	}

	int count() {
		return count;
	}

	/** Signal number {@code i}, computed from the seed and i alone: any batch can be made again in any order. */
	Generated signal(int i) {
		int h = householdOf[i];
		SplittableRandom home = new SplittableRandom(seed * 31 + h);
		int pc4 = areas.get(home.nextInt(areas.size()));
		String postcode = pc4 + " " + LETTERS.charAt(home.nextInt(LETTERS.length()))
				+ LETTERS.charAt(home.nextInt(LETTERS.length()));
		int number = 1 + home.nextInt(250);
		String addition = home.nextInt(10) == 0 ? String.valueOf("ABC".charAt(home.nextInt(3))) : "";
		String bsn = home.nextInt(10) == 0 ? bsn(home) : null;
		SplittableRandom r = new SplittableRandom(seed * 131 + i);
		double t = r.nextDouble();
		CreditorType type = t < 0.35 ? CreditorType.ENERGIELEVERANCIER : t < 0.60 ? CreditorType.DRINKWATERBEDRIJF
				: t < 0.85 ? CreditorType.ZORGVERZEKERAAR : CreditorType.WONINGVERHUURDER;
		List<Creditor> ofType = creditors.stream().filter(c -> c.type() == type).toList();
		Creditor creditor = ofType.get(r.nextInt(ofType.size()));
		LocalDate signalDate = today.minusDays(r.nextInt(180));
		LocalDate since = signalDate.minusDays(30 + r.nextInt(120));
		// Log-normal around € 300, most between € 60 and € 1,500.
		long cents = Math.max(100, Math.round(Math.exp(Math.log(30_000) + r.nextGaussian() * 0.9)));
		boolean endOfSupply = type == CreditorType.ENERGIELEVERANCIER && r.nextInt(30) == 0;
		int invalid = r.nextInt(50);
		ObjectNode s = json.createObjectNode();
		s.put("creditorType", type.code());
		s.put("reference", "B" + seed + "-" + i);
		s.put("kind", endOfSupply ? "eindelevering" : "betalingsachterstand");
		ObjectNode person = s.putObject("person");
		person.put("name", "Bench Persoon " + h);
		// Only health insurers deliver a BSN (docs/signals.md, "BSN").
		if (bsn != null && type == CreditorType.ZORGVERZEKERAAR) {
			person.put("bsn", bsn);
		}
		ObjectNode address = s.putObject("address");
		address.put("postcode", invalid == 0 ? "65X1 AB" : postcode);
		address.put("houseNumber", number);
		if (!addition.isEmpty()) {
			address.put("addition", addition);
		}
		s.putObject("contact").put("phone", "06 " + (10_000_000 + r.nextInt(89_999_999)));
		ObjectNode arrears = s.putObject("arrears");
		arrears.put("amountCents", cents);
		arrears.put("since", since.toString());
		s.put("signalDate", invalid == 1 ? today.plusDays(3).toString() : signalDate.toString());
		if (endOfSupply) {
			s.put("endOfSupplyDate", signalDate.plusDays(28).toString());
		}
		if (type == CreditorType.WONINGVERHUURDER && invalid != 2) {
			ObjectNode steps = s.putObject("priorSteps");
			steps.put("personalContactAttempted", true);
			steps.put("pointedToDebtHelp", true);
			steps.put("writtenReminderDate", signalDate.minusDays(14).toString());
			steps.put("offeredToShareData", true);
			steps.put("tenantObjected", false);
		}
		String csv = String.join(",", creditor.id().toString(), "B" + seed + "-" + i, type.code(),
				endOfSupply ? "eindelevering" : "betalingsachterstand", "Bench Persoon " + h,
				bsn == null || type != CreditorType.ZORGVERZEKERAAR ? "" : bsn,
				invalid == 0 ? "65X1 AB" : postcode, String.valueOf(number), addition, String.valueOf(cents),
				since.toString(), signalDate.toString(), endOfSupply ? signalDate.plusDays(28).toString() : "");
		return new Generated(creditor.id(), s, csv);
	}

	/** A nine-digit number that passes the elfproef, starting with 9 so that it is obviously invented here. */
	private static String bsn(SplittableRandom random) {
		while (true) {
			int[] d = new int[9];
			d[0] = 9;
			for (int k = 1; k < 8; k++) {
				d[k] = random.nextInt(10);
			}
			int sum = 0;
			for (int k = 0; k < 8; k++) {
				sum += (9 - k) * d[k];
			}
			int last = sum % 11;
			if (last <= 9) {
				d[8] = last;
				var out = new StringBuilder();
				for (int k : d) {
					out.append(k);
				}
				return out.toString();
			}
		}
	}

}
