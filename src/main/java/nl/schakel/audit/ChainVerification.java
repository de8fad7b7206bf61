// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

import org.jspecify.annotations.Nullable;

/** The outcome of re-computing the audit chain: intact, or the first event where it breaks. */
public record ChainVerification(boolean intact, long eventsChecked, @Nullable Long firstBrokenSeq) {

}
