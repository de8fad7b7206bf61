// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static nl.schakel.signals.SignalFixtures.somewhereInNijmegen;
import static nl.schakel.signals.SignalFixtures.waterSignal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.Accounts;
import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.OrganisationKind;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;

/** The work queue pages with a keyset: every case once, in order, under every filter. */
@SchakelIntegrationTest
class SignalQueueIntegrationTests {

	static final LocalDate SIGNAL_DATE = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(2);

	static final MunicipalityCode NIJMEGEN = new MunicipalityCode("0268");

	@Autowired
	SignalIntake intake;

	@Autowired
	SignalCases cases;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	SchakelUser team() {
		return SignalFixtures.team(organisations, accounts, NIJMEGEN);
	}

	/** Enough fresh cases in Nijmegen for several pages. */
	void signals(int count) {
		OrganisationId creditor = organisations.create("Water " + UUID.randomUUID().toString().substring(0, 8),
				OrganisationKind.CREDITOR, null, List.of(NIJMEGEN));
		List<SignalIntake.Entry> entries = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var signal = somewhereInNijmegen(waterSignal("Q-" + UUID.randomUUID(), SIGNAL_DATE));
			((tools.jackson.databind.node.ObjectNode) signal.get("arrears")).put("amountCents", 1_000L + 7_919L * i);
			entries.add(new SignalIntake.Entry(i, creditor.value(), signal));
		}
		assertThat(intake.take(entries, null, false).accepted()).isEqualTo(count);
	}

	List<UUID> walk(SchakelUser viewer, SignalCases.QueueFilter filter) {
		List<UUID> all = new ArrayList<>();
		SignalCases.QueuePosition after = null;
		do {
			SignalCases.Queue page = cases.queue(viewer, new SignalCases.QueueFilter(filter.neighbourhood(), filter.team(),
					filter.priority(), filter.mine(), after));
			assertThat(page.items()).hasSizeLessThanOrEqualTo(SignalCases.PAGE_SIZE);
			page.items().forEach(i -> all.add(i.id()));
			after = page.next();
			if (after != null) {
				assertThat(page.items()).hasSize(SignalCases.PAGE_SIZE);
				// The token survives a link.
				assertThat(SignalCases.QueuePosition.parse(after.token())).contains(after);
			}
		}
		while (after != null);
		return all;
	}

	List<UUID> expected(String condition, Object... params) {
		return jdbc.sql("select id from signal_case where municipality_code = '0268' " + condition
				+ " order by priority_rank, score desc, opened_at, id")
			.params(params)
			.query(UUID.class)
			.list();
	}

	@Test
	void pagesGiveEveryCaseOnceInQueueOrder() {
		signals(130);
		SchakelUser viewer = team();
		List<UUID> walked = walk(viewer, SignalCases.QueueFilter.ALL);
		assertThat(new LinkedHashSet<>(walked)).hasSameSizeAs(walked);
		assertThat(walked).isEqualTo(expected(""));
		assertThat(walked.size()).isGreaterThan(2 * SignalCases.PAGE_SIZE);
	}

	@Test
	void filtersPageToo() {
		signals(60);
		SchakelUser viewer = team();
		assertThat(walk(viewer, new SignalCases.QueueFilter(null, null, Priority.NORMAL, false, null)))
			.isEqualTo(expected("and priority = 'NORMAL'"));
		assertThat(walk(viewer, new SignalCases.QueueFilter("dukenburg", null, null, false, null)))
			.isEqualTo(expected("and pc4 = any(?)", (Object) new Integer[] { 6535, 6536, 6537, 6538 }))
			.isNotEmpty();
		List<UUID> some = expected("").subList(0, 3);
		for (UUID id : some) {
			jdbc.sql("update signal_case set assigned_to = ? where id = ?").params(viewer.accountId().value(), id).update();
		}
		assertThat(walk(viewer, new SignalCases.QueueFilter(null, null, null, true, null)))
			.containsExactlyInAnyOrderElementsOf(some);
		OrganisationId otherTeam = new OrganisationId(UUID.randomUUID());
		assertThat(walk(viewer, new SignalCases.QueueFilter(null, otherTeam, null, false, null))).isEmpty();
	}

	@Test
	void aCaseThatChangesBetweenPagesIsNeitherRepeatedNorLost() {
		signals(120);
		SchakelUser viewer = team();
		SignalCases.Queue first = cases.queue(viewer, SignalCases.QueueFilter.ALL);
		// A case on a later page is weighed again between two page views: it moves, but nothing before the keyset repeats.
		UUID later = expected("").get(SignalCases.PAGE_SIZE + 5);
		jdbc.sql("update signal_case set score = score + 1 where id = ?").param(later).update();
		SignalCases.Queue second = cases.queue(viewer,
				new SignalCases.QueueFilter(null, null, null, false, first.next()));
		Set<UUID> seen = new LinkedHashSet<>();
		first.items().forEach(i -> seen.add(i.id()));
		second.items().forEach(i -> assertThat(seen.add(i.id())).isTrue());
	}

	@Test
	void theQueuePageLinksToTheNextPageAndKeepsTheFilters() throws Exception {
		signals(60);
		SchakelUser viewer = team();
		mvc.perform(get("/vroegsignalering").param("prioriteit", "NORMAL").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("prioriteit=NORMAL&amp;mijn=&amp;na=2_")));
		mvc.perform(get("/vroegsignalering").param("na", "not-a-position").param("team", "x").with(user(viewer)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/vroegsignalering").param("na", "not-a-position").with(user(viewer)))
			.andExpect(status().isOk());
	}

}
