// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.organisation.Membership;
import nl.schakel.organisation.Role;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.socialmap.Documents.Table;
import nl.schakel.socialmap.ListingDiff.FieldChange;

/**
 * Owners keep their listing current; curators review. An owner's edit of a published service or location becomes a
 * proposal, which a curator approves (stored through the {@link Directory}, so history and index follow) or rejects
 * with a reason the owner sees. Approval and an owner's "still correct" renew the date a listing was last verified.
 */
@Service
@Transactional
public class ListingChanges {

	/** A listing is due for verification when it was last verified longer ago than this. */
	public static final int VERIFY_EVERY_MONTHS = 12;

	public static final int MAX_REASON = 1000;

	public record OwnedListing(UUID id, String name, String organisationName, int services, int due) {
	}

	public record ServiceItem(UUID id, String name, @Nullable LocalDate lastVerified, boolean due) {
	}

	public record LocationItem(UUID id, String name, String address) {
	}

	/** A proposal; {@code action} is {@code create}, {@code update} or {@code withdraw}. */
	public record Proposal(UUID id, UUID listingId, String listingName, String resourceType, UUID resourceId,
			String resourceName, String organisationName, String status, String reason, Instant createdAt,
			String action) {
	}

	public record ListingView(UUID id, String name, List<ServiceItem> services, List<LocationItem> locations,
			List<Proposal> proposals) {
	}

	/**
	 * A document to edit: the owner's change still waiting for review when there is one ({@code pending}), else the
	 * published document; with the published version the edit is based on, and the listing's locations by id and name.
	 */
	public record Editable(ObjectNode doc, int version, @Nullable UUID pending, Map<String, String> placeNames) {
	}

	public record Review(Proposal proposal, List<FieldChange> changes, boolean staleBase) {
	}

	public record HistoryEntry(Instant when, String who, String resourceType, String action, String field,
			String label, String before, String after) {
	}

	public record DueListing(UUID serviceId, String serviceName, UUID listingId, String listingName,
			@Nullable LocalDate lastVerified, boolean claimed) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Directory directory;

	private final Documents documents;

	private final Stewardship stewardship;

	private final JsonMapper json;

	private final NeedsTaxonomy taxonomy;

	ListingChanges(JdbcClient jdbc, Clock clock, Directory directory, Documents documents, Stewardship stewardship,
			JsonMapper json, NeedsTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
		this.clock = clock;
		this.directory = directory;
		this.documents = documents;
		this.stewardship = stewardship;
		this.json = json;
	}

	/** The date before which a listing counts as not verified for {@value #VERIFY_EVERY_MONTHS} months. */
	public static LocalDate dueBefore(LocalDate today) {
		return today.minusMonths(VERIFY_EVERY_MONTHS);
	}

	// ---- owners ----

	@Transactional(readOnly = true)
	public List<OwnedListing> ownedBy(SchakelUser user, LocalDate today) {
		return jdbc.sql("""
				select l.id, l.name, o.name,
				       (select count(*) from sm_service s where s.organization_id = l.id),
				       (select count(*) from sm_service s where s.organization_id = l.id
				          and (s.last_verified is null or s.last_verified < ?))
				from sm_organization l join organisation o on o.id = l.claimed_by
				where l.claimed_by = any(?) order by lower(l.name)""")
			.params(Date.valueOf(dueBefore(today)), Stewardship.administered(user))
			.query((rs, n) -> new OwnedListing(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getInt(5)))
			.list();
	}

	@Transactional(readOnly = true)
	public ListingView view(UUID listing, SchakelUser user, LocalDate today) {
		stewardship.requireOwner(user, listing);
		String name = jdbc.sql("select name from sm_organization where id = ?").param(listing).query(String.class).single();
		LocalDate due = dueBefore(today);
		List<ServiceItem> services = jdbc.sql("""
				select id, name, last_verified from sm_service where organization_id = ? order by lower(name), id""")
			.param(listing)
			.query((rs, n) -> {
				LocalDate verified = rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate();
				return new ServiceItem(rs.getObject(1, UUID.class), rs.getString(2), verified,
						verified == null || verified.isBefore(due));
			})
			.list();
		List<LocationItem> locations = documents.findAll(Table.LOCATION, "where organization_id = ? order by id", listing)
			.stream()
			.map(l -> new LocationItem(UUID.fromString(l.get("id").asString()), l.path("name").asString(""),
					ListingDiff.readable("addresses", l.get("addresses"))))
			.toList();
		return new ListingView(listing, name, services, locations, proposals("where p.listing_id = ? order by p.created_at desc limit 20", listing));
	}

	/** A service or location of the listing, to edit; refused unless the person administers the owner. */
	@Transactional(readOnly = true)
	public Editable editable(UUID listing, Table table, UUID id, SchakelUser user) {
		stewardship.requireOwner(user, listing);
		ObjectNode doc = documents.find(table, id)
			.filter(d -> listing.toString().equals(d.path("organization_id").asString("")))
			.orElseThrow(() -> new AccessDeniedException("Not part of this listing"));
		int version = directory.version(table, id).orElseThrow();
		var pending = jdbc.sql("""
				select id, base_version, doc::text from sm_proposal
				where resource_id = ? and status = 'pending' and action = 'update'
				order by created_at desc limit 1""")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3) })
			.optional();
		// A waiting change on an older version is not built on: the owner starts again from what is published.
		ObjectNode start = pending.filter(p -> (int) p[1] == version).map(p -> documents.parse((String) p[2])).orElse(doc);
		return new Editable(start, version, pending.map(p -> (UUID) p[0]).orElse(null), placeNames(listing));
	}

	/**
	 * A new, empty service or location of the listing, to fill in; a new service is offered nowhere until the owner
	 * picks locations. {@code id} is the id the form already gave it, so that sending the form twice is one proposal.
	 */
	@Transactional(readOnly = true)
	public Editable newDocument(UUID listing, boolean service, @Nullable UUID id, SchakelUser user) {
		stewardship.requireOwner(user, listing);
		ObjectNode doc = json.createObjectNode();
		doc.put("id", (id == null ? UUID.randomUUID() : id).toString());
		doc.put("organization_id", listing.toString());
		if (service) {
			doc.put("name", "");
			doc.put("status", "active");
		}
		else {
			doc.put("location_type", "physical");
		}
		return new Editable(doc, 0, null, placeNames(listing));
	}

	/** Roughly where a new location is: the middle of the known locations in its postcode area. */
	@Transactional(readOnly = true)
	public Optional<double[]> approximatePoint(nl.schakel.region.Postcode postcode) {
		return directory.approximatePoint(postcode);
	}

	private Map<String, String> placeNames(UUID listing) {
		return OpeningHours.placeNames(documents.findAll(Table.LOCATION, "where organization_id = ? order by id", listing));
	}

	public Editable editableService(UUID listing, UUID service, SchakelUser user) {
		return editable(listing, Table.SERVICE, service, user);
	}

	public Editable editableLocation(UUID listing, UUID location, SchakelUser user) {
		return editable(listing, Table.LOCATION, location, user);
	}

	public UUID proposeService(UUID listing, Editable base, ObjectNode doc, SchakelUser user) {
		return propose(listing, Table.SERVICE, base, doc, user);
	}

	public UUID proposeLocation(UUID listing, Editable base, ObjectNode doc, SchakelUser user) {
		return propose(listing, Table.LOCATION, base, doc, user);
	}

	/**
	 * Puts an edit in the review queue, replacing the owner's earlier change that still waits. The edit must start
	 * from what is current: the published version, and the waiting change if there is one. Otherwise someone changed
	 * the listing in the meantime and the edit is refused, so that nobody's work is silently overwritten.
	 */
	private UUID propose(UUID listing, Table table, Editable base, ObjectNode doc, SchakelUser user) {
		Membership owner = stewardship.requireOwner(user, listing);
		UUID resource = UUID.fromString(doc.get("id").asString());
		// Serialises two owners sending an edit of the same document at the same moment.
		jdbc.sql("select id from " + table.name + " where id = ? for update").param(resource).query(UUID.class).optional();
		Editable current = editable(listing, table, resource, user);
		if (current.version() != base.version() || !java.util.Objects.equals(current.pending(), base.pending())) {
			throw new ListingRefused("edit.error.stale");
		}
		if (!doc.path("organization_id").asString("").equals(listing.toString())) {
			throw new AccessDeniedException("A proposal cannot move a document to another listing");
		}
		ObjectNode published = documents.find(table, resource).orElseThrow();
		if (ListingDiff.changes(published, doc).isEmpty() || ListingDiff.changes(current.doc(), doc).isEmpty()) {
			throw new ListingRefused("edit.error.unchanged");
		}
		jdbc.sql("""
				update sm_proposal set status = 'superseded', decided_at = ?
				where resource_id = ? and status = 'pending'""")
			.params(Timestamp.from(clock.instant()), resource)
			.update();
		return insertProposal(listing, table, resource, base.version(), doc, "update", owner, user);
	}

	private UUID insertProposal(UUID listing, Table table, UUID resource, int baseVersion, ObjectNode doc, String action,
			Membership owner, SchakelUser user) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into sm_proposal (id, listing_id, resource_type, resource_id, base_version, doc, organisation_id,
				                         proposed_by, created_at, action)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
			.params(id, listing, table.resourceType, resource, baseVersion, json.writeValueAsString(doc),
					owner.organisationId().value(), user.accountId().value(), Timestamp.from(clock.instant()), action)
			.update();
		return id;
	}

	/**
	 * Puts a new service or location in the review queue. It appears in search and the HSDS API only once a curator
	 * approves. A new service is offered only at locations of the same listing.
	 */
	public UUID proposeNew(UUID listing, boolean service, ObjectNode doc, SchakelUser user) {
		Membership owner = stewardship.requireOwner(user, listing);
		Table table = service ? Table.SERVICE : Table.LOCATION;
		UUID resource = UUID.fromString(doc.get("id").asString());
		if (!doc.path("organization_id").asString("").equals(listing.toString())) {
			throw new AccessDeniedException("A new document belongs to the listing it is proposed for");
		}
		if (directory.version(table, resource).isPresent() || jdbc.sql("select count(*) from sm_proposal where resource_id = ?")
			.param(resource)
			.query(Long.class)
			.single() > 0) {
			throw new ListingRefused("edit.error.stale");
		}
		Map<String, String> places = placeNames(listing);
		for (JsonNode atLocation : doc.path("service_at_locations")) {
			if (!places.containsKey(atLocation.path("location_id").asString(""))) {
				throw new AccessDeniedException("A new service is offered only at locations of its own listing");
			}
		}
		return insertProposal(listing, table, resource, 0, doc, "create", owner, user);
	}

	/**
	 * Asks to take a service or location out of the sociale kaart. On approval it leaves search and the HSDS API; its
	 * history stays. Refused when the document changed since the owner looked at it.
	 */
	public UUID proposeWithdrawal(UUID listing, boolean service, UUID resource, int version, SchakelUser user) {
		Membership owner = stewardship.requireOwner(user, listing);
		Table table = service ? Table.SERVICE : Table.LOCATION;
		jdbc.sql("select id from " + table.name + " where id = ? for update").param(resource).query(UUID.class).optional();
		ObjectNode current = documents.find(table, resource)
			.filter(d -> listing.toString().equals(d.path("organization_id").asString("")))
			.orElseThrow(() -> new AccessDeniedException("Not part of this listing"));
		if (directory.version(table, resource).orElseThrow() != version) {
			throw new ListingRefused("edit.error.stale");
		}
		if (jdbc.sql("""
				select count(*) from sm_proposal where resource_id = ? and status = 'pending' and action = 'withdraw'""")
			.param(resource)
			.query(Long.class)
			.single() > 0) {
			throw new ListingRefused("withdraw.error.pending");
		}
		jdbc.sql("""
				update sm_proposal set status = 'superseded', decided_at = ?
				where resource_id = ? and status = 'pending'""")
			.params(Timestamp.from(clock.instant()), resource)
			.update();
		return insertProposal(listing, table, resource, version, current, "withdraw", owner, user);
	}

	/** "Alles klopt nog": renews the verified date of every service of the listing. */
	public int confirmCurrent(UUID listing, SchakelUser user, LocalDate today) {
		Membership owner = stewardship.requireOwner(user, listing);
		int renewed = 0;
		for (ObjectNode service : documents.findAll(Table.SERVICE, "where organization_id = ? order by id", listing)) {
			renewed += renew(service, today, Stewardship.signature(owner)) ? 1 : 0;
		}
		return renewed;
	}

	// ---- reviewers ----

	@Transactional(readOnly = true)
	public List<Proposal> pending(SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		return proposals("where p.status = 'pending' order by p.created_at");
	}

	@Transactional(readOnly = true)
	public Review review(UUID proposal, SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		Proposal summary = proposals("where p.id = ?", proposal).stream()
			.findFirst()
			.orElseThrow(() -> new ListingRefused("review.error.unknown"));
		Table table = table(summary.resourceType());
		ObjectNode proposed = "withdraw".equals(summary.action()) ? json.createObjectNode() : proposedDoc(proposal);
		ObjectNode current = documents.find(table, summary.resourceId()).orElseGet(json::createObjectNode);
		int base = jdbc.sql("select base_version from sm_proposal where id = ?").param(proposal).query(Integer.class).single();
		Optional<Integer> version = directory.version(table, summary.resourceId());
		// A new document is stale once it exists; any other once it changed or was removed.
		boolean stale = "create".equals(summary.action()) ? version.isPresent() : version.map(v -> v != base).orElse(true);
		if ("withdraw".equals(summary.action()) && version.isEmpty()) {
			current = proposedDoc(proposal);
		}
		return new Review(summary, ListingDiff.changes(current, proposed, names(summary.listingId())), stale);
	}

	/** Readable names for the ids a diff shows: locations of the listing and terms of the needs taxonomy. */
	private Map<String, String> names(UUID listing) {
		Map<String, String> names = new java.util.HashMap<>(placeNames(listing));
		taxonomy.terms().forEach(t -> names.put(t.id().toString(), t.nameNl()));
		return names;
	}

	/**
	 * Applies a proposal. Refused when the document changed after the owner started editing: the curator then
	 * rejects it and the owner edits the current version.
	 */
	public void approve(UUID proposal, SchakelUser reviewer, LocalDate today) {
		Membership curator = stewardship.requireReviewer(reviewer);
		// Two curators approving at once: the second waits here and then finds the proposal decided.
		jdbc.sql("select id from sm_proposal where id = ? for update").param(proposal).query(UUID.class).optional();
		Review review = review(proposal, reviewer);
		if (!"pending".equals(review.proposal().status())) {
			throw new ListingRefused("review.error.decided");
		}
		if (review.staleBase()) {
			throw new ListingRefused("review.error.stale");
		}
		Table table = table(review.proposal().resourceType());
		ObjectNode doc = proposedDoc(proposal);
		String by = review.proposal().organisationName() + " (" + Role.ORGANISATION_ADMIN.name() + "), "
				+ Stewardship.signature(curator);
		if ("withdraw".equals(review.proposal().action())) {
			directory.withdraw(table, review.proposal().resourceId(), by);
			if (!decide(proposal, "approved", "", reviewer)) {
				throw new ListingRefused("review.error.decided");
			}
			return;
		}
		if (table == Table.SERVICE) {
			doc.put("assured_date", today.toString());
			// A location withdrawn while the new service waited is left out rather than failing the approval.
			if (doc.path("service_at_locations").isArray()) {
				Map<String, String> places = placeNames(review.proposal().listingId());
				var atLocations = (tools.jackson.databind.node.ArrayNode) doc.get("service_at_locations");
				for (int i = atLocations.size() - 1; i >= 0; i--) {
					if (!places.containsKey(atLocations.get(i).path("location_id").asString(""))) {
						atLocations.remove(i);
					}
				}
			}
		}
		directory.storeReviewed(table, doc, by);
		if (table == Table.LOCATION && !"create".equals(review.proposal().action())) {
			for (ObjectNode service : documents.findAll(Table.SERVICE, """
					where id in (select service_id from sm_service_at_location where location_id = ?) order by id""",
					review.proposal().resourceId())) {
				renew(service, today, by);
			}
		}
		if (!decide(proposal, "approved", "", reviewer)) {
			throw new ListingRefused("review.error.decided");
		}
	}

	public void reject(UUID proposal, String reason, SchakelUser reviewer) {
		stewardship.requireReviewer(reviewer);
		if (reason.isBlank() || reason.length() > MAX_REASON) {
			throw new ListingRefused("review.error.reason");
		}
		if (!decide(proposal, "rejected", reason.strip(), reviewer)) {
			throw new ListingRefused("review.error.decided");
		}
	}

	/** A curator checked a listing by other means (a phone call) and renews its verified date. */
	public void verify(UUID service, SchakelUser reviewer, LocalDate today) {
		Membership curator = stewardship.requireReviewer(reviewer);
		ObjectNode doc = documents.find(Table.SERVICE, service).orElseThrow(() -> new ListingRefused("review.error.unknown"));
		renew(doc, today, Stewardship.signature(curator));
	}

	/** Services not verified for {@value #VERIFY_EVERY_MONTHS} months on the reference date, oldest first. */
	@Transactional(readOnly = true)
	public List<DueListing> due(SchakelUser reviewer, LocalDate today, int limit) {
		stewardship.requireReviewer(reviewer);
		return jdbc.sql("""
				select s.id, s.name, l.id, l.name, s.last_verified, l.claimed_by is not null
				from sm_service s join sm_organization l on l.id = s.organization_id
				where s.last_verified is null or s.last_verified < ?
				order by s.last_verified nulls first, lower(s.name), s.id limit ?""")
			.params(Date.valueOf(dueBefore(today)), limit)
			.query((rs, n) -> new DueListing(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getBoolean(6)))
			.list();
	}

	@Transactional(readOnly = true)
	public long dueCount(LocalDate today) {
		return jdbc.sql("select count(*) from sm_service where last_verified is null or last_verified < ?")
			.param(Date.valueOf(dueBefore(today)))
			.query(Long.class)
			.single();
	}

	// ---- history ----

	/**
	 * Every change to the listing, its services and its locations, newest first, with claims and decisions on
	 * proposals. Changes are signed with an organisation and a role, never a person's name.
	 */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(UUID listing, SchakelUser user) {
		stewardship.requireOwnerOrReviewer(user, listing);
		List<HistoryEntry> entries = new ArrayList<>(jdbc.sql("""
				select c.last_action_date, c.updated_by, c.resource_type, c.last_action_type, c.field_name,
				       c.previous_value, c.replacement_value
				from sm_change c
				where c.resource_id = ?
				   or c.resource_id in (select id from sm_service where organization_id = ?)
				   or c.resource_id in (select id from sm_location where organization_id = ?)
				   or c.resource_id in (select resource_id from sm_proposal where listing_id = ? and action = 'withdraw'
				                          and status = 'approved')
				order by c.last_action_date desc, c.id limit 500""")
			.params(listing, listing, listing, listing)
			.query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), ListingDiff.label(rs.getString(5)), readableStored(rs.getString(5), rs.getString(6)),
					readableStored(rs.getString(5), rs.getString(7))))
			.list());
		entries.addAll(jdbc.sql("""
				select coalesce(c.decided_at, c.created_at), o.name, c.status, c.reason
				from sm_claim c join organisation o on o.id = c.organisation_id where c.listing_id = ?""")
			.param(listing)
			.query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), "claim", rs.getString(3),
					"claim", "field.claim", "", rs.getString(4)))
			.list());
		for (Proposal p : proposals("where p.listing_id = ? and p.status <> 'approved'", listing)) {
			entries.add(new HistoryEntry(p.createdAt(), p.organisationName(), "proposal", p.status(), "proposal", "field.proposal",
					p.resourceName(), p.reason()));
		}
		entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
		return entries;
	}

	@Transactional(readOnly = true)
	public Optional<String> listingName(UUID listing) {
		return jdbc.sql("select name from sm_organization where id = ?").param(listing).query(String.class).optional();
	}

	// ---- internals ----

	private boolean renew(ObjectNode service, LocalDate today, String by) {
		if (today.toString().equals(service.path("assured_date").asString(""))) {
			return false;
		}
		service.put("assured_date", today.toString());
		directory.storeReviewed(Table.SERVICE, service, by);
		return true;
	}

	private boolean decide(UUID proposal, String status, String reason, SchakelUser reviewer) {
		return jdbc.sql("""
				update sm_proposal set status = ?, reason = ?, decided_at = ?, decided_by = ?
				where id = ? and status = 'pending'""")
			.params(status, reason, Timestamp.from(clock.instant()), reviewer.accountId().value(), proposal)
			.update() == 1;
	}

	private ObjectNode proposedDoc(UUID proposal) {
		return documents.parse(jdbc.sql("select doc::text from sm_proposal where id = ?")
			.param(proposal)
			.query(String.class)
			.single());
	}

	private List<Proposal> proposals(String where, Object... params) {
		return jdbc.sql("""
				select p.id, p.listing_id, l.name, p.resource_type, p.resource_id,
				       coalesce(nullif(p.doc ->> 'name', ''), p.doc -> 'addresses' -> 0 ->> 'address_1', ''), o.name,
				       p.status, p.reason, p.created_at, p.action
				from sm_proposal p join sm_organization l on l.id = p.listing_id
				join organisation o on o.id = p.organisation_id
				""" + where)
			.params(params)
			.query((rs, n) -> new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7), rs.getString(8),
					rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getString(11)))
			.list();
	}

	private String readableStored(String field, String value) {
		if (value.startsWith("[") || value.startsWith("{")) {
			try {
				JsonNode parsed = json.readTree(value);
				if ("*".equals(field) && parsed.isObject()) {
					// A removed document: its name says what went, the rest is in the HSDS metadata.
					return parsed.path("name").asString(ListingDiff.readable("addresses", parsed.get("addresses")));
				}
				return ListingDiff.readable(field, parsed);
			}
			catch (RuntimeException ex) {
				return value;
			}
		}
		return value;
	}

	private static Table table(String resourceType) {
		return "location".equals(resourceType) ? Table.LOCATION : Table.SERVICE;
	}

}
