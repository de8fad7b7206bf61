// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

/** A Dutch gemeente; {@code served} says whether this installation serves its residents. */
public record Municipality(MunicipalityCode code, String name, boolean served) {

}
