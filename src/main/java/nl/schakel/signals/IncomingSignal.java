// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import nl.schakel.privacy.Bsn;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Postcode;

/** A signal that passed every check at the edge, ready to be stored; holds personal data, so no toString of it. */
record IncomingSignal(String reference, CreditorType creditorType, SignalKind kind, String name,
		@Nullable LocalDate birthDate, @Nullable Bsn bsn, Postcode postcode, int houseNumber, String addition,
		MunicipalityCode municipality, @Nullable String phone, @Nullable String email, long arrearsCents,
		LocalDate arrearsSince, LocalDate signalDate, @Nullable LocalDate endOfSupplyDate,
		@Nullable PriorSteps priorSteps) {

	/** The household's address as one normalised string, the input of the address blind index. */
	String normalisedAddress() {
		return postcode.digits() + postcode.letters() + "|" + houseNumber + "|"
				+ addition.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
	}

	@Override
	public String toString() {
		return "IncomingSignal[" + creditorType + ", " + kind + "]";
	}

}
