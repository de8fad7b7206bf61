// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.region.MunicipalityCode;

/**
 * Organisations and their members. What an organisation is, is public; who works there is personal data that only
 * its own members and system administrators may see (need to know), and every such read is audited.
 */
@Service
@Transactional
public class Organisations {

	private static final String SELECT = """
			select o.id, o.name, o.kind, o.website,
			       coalesce(array_agg(om.municipality_code order by om.municipality_code)
			                filter (where om.municipality_code is not null), '{}') as municipalities
			from organisation o left join organisation_municipality om on om.organisation_id = o.id
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Organisations(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public OrganisationId create(String name, OrganisationKind kind, @Nullable String website,
			List<MunicipalityCode> municipalities) {
		if (exists(name)) {
			throw new DuplicateOrganisationException();
		}
		var id = OrganisationId.random();
		jdbc.sql("insert into organisation (id, name, kind, website) values (?, ?, ?, ?)")
			.params(id.value(), name.trim(), kind.name(), website)
			.update();
		for (MunicipalityCode code : municipalities) {
			jdbc.sql("insert into organisation_municipality (organisation_id, municipality_code) values (?, ?)")
				.params(id.value(), code.value())
				.update();
		}
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return jdbc.sql("select count(*) from organisation where lower(name) = lower(?)")
			.param(name.trim())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> byId(OrganisationId id) {
		return jdbc.sql(SELECT + " where o.id = ? group by o.id").param(id.value()).query(Organisations::toOrganisation).optional();
	}

	/** All organisations, or those working in one municipality. */
	@Transactional(readOnly = true)
	public List<Organisation> list(@Nullable MunicipalityCode municipality) {
		if (municipality == null) {
			return jdbc.sql(SELECT + " group by o.id order by lower(o.name)").query(Organisations::toOrganisation).list();
		}
		return jdbc.sql(SELECT + """
				 where exists (select 1 from organisation_municipality x
				               where x.organisation_id = o.id and x.municipality_code = ?)
				 group by o.id order by lower(o.name)""")
			.param(municipality.value())
			.query(Organisations::toOrganisation)
			.list();
	}

	public List<Member> members(OrganisationId organisation, SchakelUser viewer) {
		if (!viewer.systemAdmin() && !viewer.isMemberOf(organisation)) {
			throw new AccessDeniedException("Only members see who works at an organisation");
		}
		List<Member> members = jdbc.sql("""
				select a.id, a.display_name, a.username, m.role from membership m join account a on a.id = m.account_id
				where m.organisation_id = ? order by lower(a.display_name)""")
			.param(organisation.value())
			.query((rs, n) -> new Member(new AccountId(rs.getObject("id", UUID.class)), rs.getString("display_name"),
					rs.getString("username"), Role.valueOf(rs.getString("role"))))
			.list();
		members.forEach(m -> audit.record(
				new AuditEntry(AuditAction.READ, "account", m.accountId().toString(), "organisation.members")));
		return members;
	}

	/** Adds an existing account, found by username, as a member; only the organisation's admins may. */
	public AccountId addMember(OrganisationId organisation, String username, Role role, SchakelUser actor) {
		requireAdmin(organisation, actor);
		Organisation target = byId(organisation).orElseThrow(UnknownOrganisationException::new);
		if (!role.allowedIn(target.kind())) {
			throw new IllegalArgumentException("This role is only for municipality organisations");
		}
		UUID account = jdbc.sql("select id from account where lower(username) = lower(?)")
			.param(username.trim())
			.query(UUID.class)
			.optional()
			.orElseThrow(UnknownAccountException::new);
		jdbc.sql("""
				insert into membership (account_id, organisation_id, role) values (?, ?, ?)
				on conflict (account_id, organisation_id) do update set role = excluded.role""")
			.params(account, organisation.value(), role.name())
			.update();
		audit.record(new AuditEntry(AuditAction.UPDATE, "account", account.toString(), "organisation.add-member"));
		return new AccountId(account);
	}

	public void removeMember(OrganisationId organisation, AccountId account, SchakelUser actor) {
		requireAdmin(organisation, actor);
		int removed = jdbc.sql("delete from membership where organisation_id = ? and account_id = ?")
			.params(organisation.value(), account.value())
			.update();
		if (removed > 0) {
			audit.record(new AuditEntry(AuditAction.UPDATE, "account", account.toString(), "organisation.remove-member"));
		}
	}

	/** For start-up data and the system administrator; no audit actor check beyond the caller's own rules. */
	public void grant(OrganisationId organisation, AccountId account, Role role) {
		jdbc.sql("""
				insert into membership (account_id, organisation_id, role) values (?, ?, ?)
				on conflict (account_id, organisation_id) do update set role = excluded.role""")
			.params(account.value(), organisation.value(), role.name())
			.update();
		audit.record(new AuditEntry(AuditAction.UPDATE, "account", account.toString(), "organisation.grant"));
	}

	/**
	 * The e-mail addresses (usernames) of an organisation's admins, for messages the system sends them on its own,
	 * such as a reminder to check their listing. Each read is audited with the caller's purpose code.
	 */
	public List<String> adminAddresses(OrganisationId organisation, String purpose) {
		List<Object[]> admins = jdbc.sql("""
				select a.id, a.username from membership m join account a on a.id = m.account_id
				where m.organisation_id = ? and m.role = 'ORGANISATION_ADMIN' and a.enabled and a.username like '%@%'
				order by a.id""")
			.param(organisation.value())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list();
		admins.forEach(a -> audit.record(new AuditEntry(AuditAction.READ, "account", a[0].toString(), purpose)));
		return admins.stream().map(a -> (String) a[1]).toList();
	}

	private static void requireAdmin(OrganisationId organisation, SchakelUser actor) {
		if (!actor.administers(organisation)) {
			throw new AccessDeniedException("Only the organisation's admins manage its members");
		}
	}

	private static Organisation toOrganisation(ResultSet rs, int row) throws SQLException {
		String[] codes = (String[]) rs.getArray("municipalities").getArray();
		return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("website"),
				Arrays.stream(codes).map(MunicipalityCode::new).toList());
	}

}
