// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Weighs all signals of one household against the municipality's {@link TriagePolicy}, with an explicit reference
 * date, and explains every rule it evaluated with its value, threshold and points, so that a worker can see why a
 * case is where it is in the queue.
 */
public final class Triage {

	/** The facts of one signal that triage needs; no personal data. */
	record Facts(UUID creditor, CreditorType creditorType, SignalKind kind, long arrearsCents, LocalDate arrearsSince,
			LocalDate signalDate, @Nullable LocalDate endOfSupplyDate) {

		static Facts of(UUID creditor, IncomingSignal signal) {
			return new Facts(creditor, signal.creditorType(), signal.kind(), signal.arrearsCents(),
					signal.arrearsSince(), signal.signalDate(), signal.endOfSupplyDate());
		}

		long arrearsDays() {
			return ChronoUnit.DAYS.between(arrearsSince, signalDate);
		}

		int arrearsMonths() {
			return (int) Period.between(arrearsSince, signalDate).toTotalMonths();
		}

	}

	/** The triage rules, in the order they are explained on a case. */
	public enum Rule {

		END_OF_SUPPLY, CREDITORS, RENT_MONTHS, REPEATED, AMOUNT, BELOW_THRESHOLD

	}

	/** One evaluated rule: the value found, the threshold it was held against, whether it fired, and its points. */
	public record Finding(Rule rule, long value, long threshold, boolean fired, int points, @Nullable LocalDate date) {
	}

	record Assessment(Priority priority, int score, List<Finding> findings) {
	}

	private Triage() {
	}

	static Assessment assess(TriagePolicy policy, List<Facts> signals, LocalDate referenceDate) {
		List<Facts> counted = signals.stream().filter(s -> s.arrearsDays() >= policy.minArrearsDays()).toList();
		List<Finding> findings = new ArrayList<>();

		LocalDate endOfSupply = signals.stream()
			.filter(s -> s.kind() == SignalKind.EINDELEVERING && s.endOfSupplyDate() != null)
			.map(Facts::endOfSupplyDate)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (endOfSupply != null) {
			long daysLeft = ChronoUnit.DAYS.between(referenceDate, endOfSupply);
			findings.add(new Finding(Rule.END_OF_SUPPLY, daysLeft, 0, policy.endOfSupplyUrgent(),
					policy.endOfSupplyUrgent() ? 100 : 0, endOfSupply));
		}

		long creditors = counted.stream().map(Facts::creditor).distinct().count();
		boolean manyCreditors = creditors >= policy.minCreditors();
		findings.add(new Finding(Rule.CREDITORS, creditors, policy.minCreditors(), manyCreditors,
				(int) (20 * creditors), null));

		int rentMonths = counted.stream()
			.filter(s -> s.creditorType() == CreditorType.WONINGVERHUURDER)
			.mapToInt(Facts::arrearsMonths)
			.max()
			.orElse(0);
		boolean rentHigh = rentMonths >= policy.minRentMonths()
				&& counted.stream().anyMatch(s -> s.creditorType() == CreditorType.WONINGVERHUURDER);
		findings.add(new Finding(Rule.RENT_MONTHS, rentMonths, policy.minRentMonths(), rentHigh, 10 * rentMonths,
				null));

		long repeats = counted.size() - creditors;
		if (repeats > 0) {
			findings.add(new Finding(Rule.REPEATED, repeats, 1, true, (int) (5 * repeats), null));
		}

		// The amount weighs in, capped, so that one large debt cannot outrank several creditors.
		long totalCents = counted.stream().mapToLong(Facts::arrearsCents).sum();
		int amountPoints = (int) Math.min(20, totalCents / 25_000);
		findings.add(new Finding(Rule.AMOUNT, totalCents, 0, amountPoints > 0, amountPoints, null));

		long below = signals.size() - counted.size();
		if (below > 0) {
			findings.add(new Finding(Rule.BELOW_THRESHOLD, below, policy.minArrearsDays(), true, 0, null));
		}

		int score = findings.stream().mapToInt(Finding::points).sum();
		Priority priority = endOfSupply != null && policy.endOfSupplyUrgent() ? Priority.URGENT
				: manyCreditors || rentHigh ? Priority.HIGH : Priority.NORMAL;
		return new Assessment(priority, score, List.copyOf(findings));
	}

}
