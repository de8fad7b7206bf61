// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a creditor did before signalling. For a landlord these are the four conditions of Besluit gemeentelijke
 * schuldhulpverlening art. 2 onder a–d: (a) tried to make personal contact, (b) pointed the tenant to
 * schuldhulpverlening, (c) sent at least one written reminder, (d) offered to pass the data to the municipality and
 * the tenant did not object. The exact wording of c and d is taken from secondary sources and the identical
 * Tijdelijke regeling signaal betalingsachterstanden art. 1.2 (Stcrt. 2021, 45719); see docs/signals.md.
 */
public record PriorSteps(boolean personalContactAttempted, boolean pointedToDebtHelp,
		@Nullable LocalDate writtenReminderDate, boolean offeredToShareData, boolean tenantObjected) {

}
