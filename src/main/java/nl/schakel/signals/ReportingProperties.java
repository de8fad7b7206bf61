// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for retention, the DDAS delivery and the figures ({@code schakel.signals.*}). No term could be verified in
 * the Wgs or the Besluit gemeentelijke schuldhulpverlening, so every term is a municipality's choice with an example
 * default (docs/signals.md, "Retention").
 */
@ConfigurationProperties("schakel.signals")
record ReportingProperties(@DefaultValue Retention retention, @DefaultValue Ddas ddas, @DefaultValue Figures figures) {

	/** How long a case keeps its personal data; per municipality where it chose its own terms. */
	record Retention(@DefaultValue("P6M") Period notPickedUp, @DefaultValue("P12M") Period pickedUp,
			@DefaultValue("P18M") Period afterClosing, @Nullable Map<String, Terms> municipalities) {

		Terms terms(String municipality) {
			Terms own = municipalities == null ? null : municipalities.get(municipality);
			return own != null ? own : new Terms(notPickedUp, pickedUp, afterClosing);
		}

	}

	/**
	 * The three terms, each counted from an anchor: the last signal received (not picked up, picked up) or the day
	 * the case was closed.
	 */
	record Terms(Period notPickedUp, Period pickedUp, Period afterClosing) {
	}

	/**
	 * The DDAS delivery: the supplier code in every file and, when {@code endpointUrl} is set, the delivery API with
	 * OAuth2 client credentials.
	 */
	record Ddas(@DefaultValue("SCHAKEL") String supplierCode, @DefaultValue("") String tokenUrl,
			@DefaultValue("") String endpointUrl, @DefaultValue("") String clientId,
			@DefaultValue("") String clientSecret, @DefaultValue("") String scope) {

		boolean deliveryEnabled() {
			return !endpointUrl.isBlank() && !tokenUrl.isBlank();
		}

	}

	/** Small-cell threshold and the number of inhabitants per municipality (CBS code), each with its source. */
	record Figures(@DefaultValue("10") int threshold, @Nullable Map<String, Inhabitants> inhabitants) {

		@Nullable Inhabitants inhabitantsOf(String municipality) {
			return inhabitants == null ? null : inhabitants.get(municipality);
		}

	}

	/** A population count on a date, with where it comes from. */
	record Inhabitants(int count, LocalDate on, String source) {
	}

}
