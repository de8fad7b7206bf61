// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.schakel.region.MunicipalityCode;

/** An organisation as anyone may see it: no personal data. */
public record Organisation(OrganisationId id, String name, OrganisationKind kind, @Nullable String website,
		List<MunicipalityCode> municipalities) {

}
