// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer for one signal of a delivery, by its position ({@code index}, from 0) and the creditor's reference.
 * Never echoes personal data back.
 */
public record Receipt(int index, @Nullable String reference, Status status, @Nullable UUID signalId,
		List<Reason> reasons) {

	public enum Status {

		ACCEPTED, REFUSED

	}

	/** A refusal reason: a stable code and what to change. */
	public record Reason(String code, String explanation) {

		static Reason of(RefusalReason reason) {
			return new Reason(reason.name(), reason.explanation());
		}

	}

	static Receipt accepted(int index, String reference, UUID signalId) {
		return new Receipt(index, reference, Status.ACCEPTED, signalId, List.of());
	}

	static Receipt refused(int index, @Nullable String reference, List<Reason> reasons) {
		return new Receipt(index, reference, Status.REFUSED, null, List.copyOf(reasons));
	}

}
