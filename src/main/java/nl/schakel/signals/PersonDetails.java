// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import org.jspecify.annotations.Nullable;

/**
 * The personal part of a signal, stored only encrypted as JSON: who, where and how to reach them. Dates are ISO
 * strings so that the stored form does not depend on a serialiser's settings.
 */
public record PersonDetails(String name, @Nullable String birthDate, @Nullable String bsn, String postcode,
		int houseNumber, String addition, @Nullable String phone, @Nullable String email) {

	static PersonDetails of(IncomingSignal in) {
		return new PersonDetails(in.name(), in.birthDate() == null ? null : in.birthDate().toString(),
				in.bsn() == null ? null : in.bsn().value(), in.postcode().toString(), in.houseNumber(), in.addition(),
				in.phone(), in.email());
	}

	/** The BSN shown to staff: the last three digits only. */
	public @Nullable String maskedBsn() {
		return bsn == null ? null : "******" + bsn.substring(6);
	}

	@Override
	public String toString() {
		return "PersonDetails[***]";
	}

}
