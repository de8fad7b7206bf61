// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.AccountId;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.Membership;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;

/**
 * "Dit is onze organisatie": an organisation admin claims a listing for their Schakel organisation, and a curator
 * verifies the claim. Once approved, that organisation owns the listing and its admins keep it current.
 */
@Service
@Transactional
public class Claims {

	public static final int MAX_REASON = 1000;

	/** A claim as the curator reviews it; the requester's name is personal data, read with an audit entry. */
	public record PendingClaim(UUID id, UUID listingId, String listingName, String organisationName,
			String requesterName, Instant createdAt) {
	}

	/** A claim as the claiming organisation sees it. */
	public record OwnClaim(UUID id, UUID listingId, String listingName, String organisationName, String status,
			String reason, Instant createdAt) {
	}

	/** A listing that could be claimed. */
	public record Claimable(UUID id, String name) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Stewardship stewardship;

	private final Accounts accounts;

	private final AuditLog audit;

	Claims(JdbcClient jdbc, Clock clock, Stewardship stewardship, Accounts accounts, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.stewardship = stewardship;
		this.accounts = accounts;
		this.audit = audit;
	}

	public UUID claim(UUID listing, OrganisationId organisation, SchakelUser user) {
		Membership membership = user.membershipOf(organisation)
			.filter(m -> m.role() == Role.ORGANISATION_ADMIN)
			.orElseThrow(() -> new AccessDeniedException("Only an organisation's admins claim a listing for it"));
		Long unclaimed = jdbc.sql("select count(*) from sm_organization where id = ? and claimed_by is null")
			.param(listing)
			.query(Long.class)
			.single();
		if (unclaimed == 0) {
			throw new ListingRefused(jdbc.sql("select count(*) from sm_organization where id = ?")
				.param(listing)
				.query(Long.class)
				.single() == 0 ? "claim.error.listing" : "claim.error.claimed");
		}
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into sm_claim (id, listing_id, organisation_id, requested_by, created_at) values (?, ?, ?, ?, ?)
				on conflict (listing_id, organisation_id) where status = 'pending' do nothing""")
			.params(id, listing, membership.organisationId().value(), user.accountId().value(),
					Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0) {
			throw new ListingRefused("claim.error.pending");
		}
		return id;
	}

	@Transactional(readOnly = true)
	public List<Claimable> claimable(String nameContains) {
		return jdbc.sql("""
				select id, name from sm_organization
				where claimed_by is null and position(lower(?) in lower(name)) > 0 order by lower(name), id""")
			.param(nameContains.strip())
			.query((rs, n) -> new Claimable(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	/** Open claims for the reviewer; reading who asked is audited. */
	public List<PendingClaim> pending(SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		List<PendingClaim> claims = jdbc.sql("""
				select c.id, c.listing_id, l.name, o.name, c.requested_by, c.created_at
				from sm_claim c join sm_organization l on l.id = c.listing_id join organisation o on o.id = c.organisation_id
				where c.status = 'pending' order by c.created_at""")
			.query((rs, n) -> new PendingClaim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class).toString(),
					rs.getTimestamp(6).toInstant()))
			.list();
		return claims.stream().map(c -> {
			audit.record(new AuditEntry(AuditAction.READ, "account", c.requesterName(), "socialmap.claim-review"));
			String name = accounts.load(new AccountId(UUID.fromString(c.requesterName())))
				.map(SchakelUser::displayName)
				.orElse("");
			return new PendingClaim(c.id(), c.listingId(), c.listingName(), c.organisationName(), name, c.createdAt());
		}).toList();
	}

	@Transactional(readOnly = true)
	public List<OwnClaim> ofOrganisations(SchakelUser user) {
		return jdbc.sql("""
				select c.id, c.listing_id, l.name, o.name, c.status, c.reason, c.created_at
				from sm_claim c join sm_organization l on l.id = c.listing_id join organisation o on o.id = c.organisation_id
				where c.organisation_id = any(?) order by c.created_at desc limit 20""")
			.param(Stewardship.administered(user))
			.query((rs, n) -> new OwnClaim(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** Approves a claim: the organisation now owns the listing; other open claims for it are turned down. */
	public void approve(UUID claim, SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		var row = jdbc.sql("select listing_id, organisation_id from sm_claim where id = ? and status = 'pending' for update")
			.param(claim)
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional()
			.orElseThrow(() -> new ListingRefused("claim.error.decided"));
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update sm_organization set claimed_by = ? where id = ?").params(row[1], row[0]).update();
		jdbc.sql("update sm_claim set status = 'approved', decided_at = ?, decided_by = ? where id = ?")
			.params(now, reviewer.accountId().value(), claim)
			.update();
		jdbc.sql("""
				update sm_claim set status = 'rejected', reason = 'claim.otherApproved', decided_at = ?, decided_by = ?
				where listing_id = ? and status = 'pending'""")
			.params(now, reviewer.accountId().value(), row[0])
			.update();
	}

	public void reject(UUID claim, String reason, SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			throw new ListingRefused("review.error.reason");
		}
		int updated = jdbc.sql("""
				update sm_claim set status = 'rejected', reason = ?, decided_at = ?, decided_by = ?
				where id = ? and status = 'pending'""")
			.params(reason.strip(), Timestamp.from(clock.instant()), reviewer.accountId().value(), claim)
			.update();
		if (updated == 0) {
			throw new ListingRefused("claim.error.decided");
		}
	}

}
