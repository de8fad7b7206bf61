// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.schakel.organisation.Membership;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;

/**
 * Who keeps a listing current. Owners are the admins of the Schakel organisation that claimed it; reviewers are the
 * curators and municipal staff of a municipality this installation serves. Everyone else is refused.
 */
@Component
public class Stewardship {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final Municipalities municipalities;

	Stewardship(JdbcClient jdbc, Organisations organisations, Municipalities municipalities) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.municipalities = municipalities;
	}

	/** The membership in which this person reviews listings, if any. */
	public Optional<Membership> reviewerRole(SchakelUser user) {
		Set<MunicipalityCode> served = municipalities.served()
			.stream()
			.map(Municipality::code)
			.collect(Collectors.toSet());
		return user.memberships()
			.stream()
			.filter(m -> m.kind() == OrganisationKind.MUNICIPALITY
					&& (m.role() == Role.CURATOR || m.role() == Role.MUNICIPAL_STAFF))
			.filter(m -> organisations.byId(m.organisationId())
				.map(o -> o.municipalities().stream().anyMatch(served::contains))
				.orElse(false))
			.findFirst();
	}

	public boolean reviews(SchakelUser user) {
		return reviewerRole(user).isPresent();
	}

	public Membership requireReviewer(SchakelUser user) {
		return reviewerRole(user)
			.orElseThrow(() -> new AccessDeniedException("Only curators and municipal staff of the region review"));
	}

	/** The Schakel organisation that owns a listing, if it has been claimed. */
	public Optional<OrganisationId> owner(UUID listing) {
		return jdbc.sql("select claimed_by from sm_organization where id = ? and claimed_by is not null")
			.param(listing)
			.query(UUID.class)
			.optional()
			.map(OrganisationId::new);
	}

	/** The admin membership in the owning organisation, if this person has one. */
	public Optional<Membership> ownerRole(SchakelUser user, UUID listing) {
		return owner(listing).flatMap(user::membershipOf).filter(m -> m.role() == Role.ORGANISATION_ADMIN);
	}

	public Membership requireOwner(SchakelUser user, UUID listing) {
		return ownerRole(user, listing)
			.orElseThrow(() -> new AccessDeniedException("Only the owning organisation's admins edit a listing"));
	}

	/** Owners and reviewers may read a listing's full change history. */
	public void requireOwnerOrReviewer(SchakelUser user, UUID listing) {
		if (ownerRole(user, listing).isEmpty() && !reviews(user)) {
			throw new AccessDeniedException("Only owners and reviewers see a listing's history");
		}
	}

	/** The ids of the organisations this person is an admin of, for queries over the listings they own. */
	static UUID[] administered(SchakelUser user) {
		return user.memberships()
			.stream()
			.filter(m -> m.role() == Role.ORGANISATION_ADMIN)
			.map(m -> m.organisationId().value())
			.toArray(UUID[]::new);
	}

	/** How a change is signed in the history: organisation and role, never a person's name. */
	static String signature(Membership membership) {
		return membership.organisationName() + " (" + membership.role().name() + ")";
	}

}
