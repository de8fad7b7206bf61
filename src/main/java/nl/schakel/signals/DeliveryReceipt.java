// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a whole delivery, sent only after every accepted signal is committed. */
public record DeliveryReceipt(UUID deliveryId, Instant receivedAt, int accepted, int refused,
		List<Receipt> receipts) {

}
