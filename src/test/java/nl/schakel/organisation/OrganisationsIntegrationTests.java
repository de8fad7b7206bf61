// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.audit.AuditLog;
import nl.schakel.audit.AuditQuery;
import nl.schakel.region.MunicipalityCode;

@SchakelIntegrationTest
class OrganisationsIntegrationTests {

	private static final MunicipalityCode NIJMEGEN = new MunicipalityCode("0268");

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	private String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private SchakelUser accountIn(OrganisationId organisation, Role role) {
		String username = UUID.randomUUID() + "@test.example";
		AccountId id = accounts.createLocal(username, "Test Persoon", "a-long-test-password", false);
		if (organisation != null) {
			organisations.grant(organisation, id, role);
		}
		return accounts.load(id).orElseThrow();
	}

	@Test
	void anOrganisationIsPublicAndListedPerMunicipality() {
		OrganisationId id = organisations.create(unique("Buurthuis"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		assertThat(organisations.byId(id)).get().satisfies(o -> {
			assertThat(o.kind()).isEqualTo(OrganisationKind.PARTNER);
			assertThat(o.municipalities()).containsExactly(NIJMEGEN);
		});
		assertThat(organisations.list(NIJMEGEN)).extracting(Organisation::id).contains(id);
		assertThat(organisations.list(new MunicipalityCode("0281"))).extracting(Organisation::id).doesNotContain(id);
	}

	@Test
	void namesAreUniqueRegardlessOfCase() {
		String name = unique("Voedselbank");
		organisations.create(name, OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		assertThatThrownBy(() -> organisations.create(name.toUpperCase(), OrganisationKind.PARTNER, null, List.of()))
			.isInstanceOf(DuplicateOrganisationException.class);
	}

	@Test
	void onlyMembersSeeWhoWorksThereAndEachReadIsAudited() {
		OrganisationId foodBank = organisations.create(unique("Voedselbank"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		OrganisationId other = organisations.create(unique("Taalcafé"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		SchakelUser member = accountIn(foodBank, Role.VOLUNTEER);
		SchakelUser outsider = accountIn(other, Role.ORGANISATION_ADMIN);

		List<Member> seen = transactions.execute(s -> organisations.members(foodBank, member));
		assertThat(seen).extracting(Member::accountId).containsExactly(member.accountId());
		assertThat(audit.recent(new AuditQuery("account", member.accountId().toString(), null, null, 10)))
			.anySatisfy(r -> assertThat(r.purpose()).isEqualTo("organisation.members"));

		assertThatThrownBy(() -> organisations.members(foodBank, outsider)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyTheOrganisationsAdminsManageMembers() {
		OrganisationId team = organisations.create(unique("Wijkteam"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		SchakelUser admin = accountIn(team, Role.ORGANISATION_ADMIN);
		SchakelUser volunteer = accountIn(team, Role.VOLUNTEER);
		SchakelUser newcomer = accountIn(null, null);

		assertThatThrownBy(() -> organisations.addMember(team, newcomer.getUsername(), Role.PROFESSIONAL, volunteer))
			.isInstanceOf(AccessDeniedException.class);
		organisations.addMember(team, newcomer.getUsername(), Role.PROFESSIONAL, admin);
		assertThat(accounts.load(newcomer.accountId()).orElseThrow().isMemberOf(team)).isTrue();

		organisations.removeMember(team, newcomer.accountId(), admin);
		assertThat(accounts.load(newcomer.accountId()).orElseThrow().isMemberOf(team)).isFalse();
	}

	@Test
	void municipalRolesExistOnlyInsideAMunicipality() {
		OrganisationId partner = organisations.create(unique("Kerk"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		SchakelUser admin = accountIn(partner, Role.ORGANISATION_ADMIN);
		SchakelUser someone = accountIn(null, null);
		assertThatThrownBy(() -> organisations.addMember(partner, someone.getUsername(), Role.CURATOR, admin))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void addingAnUnknownAccountSaysSo() {
		OrganisationId partner = organisations.create(unique("Sportclub"), OrganisationKind.PARTNER, null, List.of(NIJMEGEN));
		SchakelUser admin = accountIn(partner, Role.ORGANISATION_ADMIN);
		assertThatThrownBy(() -> organisations.addMember(partner, "nobody@nowhere.example", Role.VOLUNTEER, admin))
			.isInstanceOf(UnknownAccountException.class);
	}

}
