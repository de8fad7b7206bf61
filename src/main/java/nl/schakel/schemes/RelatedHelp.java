// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Help from the sociale kaart that fits a check's result, so that money and help appear together. The schemes module
 * only asks; the web shell answers from the sociale kaart, so that schemes does not depend on it.
 */
public interface RelatedHelp {

	/**
	 * Services for these needs (codes of the sociale kaart's needs taxonomy, most relevant first), in the municipality
	 * when one is given, at most {@code limit}.
	 */
	List<Service> find(List<String> needs, @Nullable String municipality, LocalDate on, int limit);

	/**
	 * One service.
	 *
	 * @param id its id in the sociale kaart (page {@code /hulp/{id}})
	 * @param name its name
	 * @param organisation the organisation that offers it
	 */
	record Service(UUID id, String name, String organisation) {
	}

}
