// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;

/** Municipal staff screen a household file: upload, progress, downloads, audit, deletion, and who may see what. */
@SchakelIntegrationTest
class ScreeningIntegrationTests {

	private static final String PASSWORD = "schakel-demo-2026";

	private static final String FILE = """
			id,neighbourhood,applicant_age,applicant_income_year,applicant_net_income_month,applicant_assets,\
			applicant_health_insured,partner,children_ages,housemates_ages,rent,service_costs,municipal_tax,receives
			a,BU02680101,30,18000,1300,2000,yes,no,none,none,600,20,400,
			b,BU02680101,thirty,18000,1300,2000,yes,no,none,none,600,20,400,
			c,BU02680102,40,90000,5000,200000,yes,no,none,none,0,0,400,zorgtoeslag
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScreeningJobs jobs;

	private MockHttpSession logIn(String username) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/mijn"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private UUID upload(MockHttpSession session) throws Exception {
		String location = mvc
			.perform(multipart("/screening")
				.file(new MockMultipartFile("bestand", "huishoudens.csv", "text/csv",
						FILE.getBytes(StandardCharsets.UTF_8)))
				.param("periode", "2026-03")
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/screening/".length()));
		for (int i = 0; i < 400 && !jobs.find(id, owner(session)).orElseThrow().finished(); i++) {
			Thread.sleep(50);
		}
		return id;
	}

	private static UUID owner(MockHttpSession session) {
		var context = (org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT");
		return ((nl.schakel.organisation.SchakelUser) context.getAuthentication().getPrincipal()).accountId().value();
	}

	@Test
	void staffUploadAFileFollowTheRunAndDownloadResultsErrorsAndCountsAllAudited() throws Exception {
		MockHttpSession staff = logIn("medewerker@nijmegen.demo");
		UUID id = upload(staff);
		mvc.perform(get("/screening/" + id).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"100\"")))
			.andExpect(content().string(Matchers.containsString("/screening/" + id + "/results.csv")));
		String results = mvc.perform(get("/screening/" + id + "/results.csv").session(staff))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results.lines()).hasSize(3);
		assertThat(results.lines().skip(1)).extracting(l -> l.substring(0, 2)).containsExactly("a,", "c,");
		assertThat(mvc.perform(get("/screening/" + id + "/errors.csv").session(staff))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("3,applicant_age: geen heel getal");
		assertThat(mvc.perform(get("/screening/" + id + "/neighbourhoods.csv").session(staff))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("BU02680101,zorgtoeslag,1,1,0,0,1", "BU02680102,zorgtoeslag,1,0,0,1,0");
		assertThat(jdbc.sql("select action || ':' || purpose from audit_event where subject_id = ? order by seq")
			.param(id.toString())
			.query(String.class)
			.list()).containsExactly("CREATE:schemes.screening.upload", "EXPORT:schemes.screening.download.results",
					"EXPORT:schemes.screening.download.errors", "EXPORT:schemes.screening.download.neighbourhoods");
	}

	@Test
	void theUploadIsDeletedAfterTheRunAndTheResultsWhenStaffDeleteThem() throws Exception {
		MockHttpSession staff = logIn("medewerker@nijmegen.demo");
		UUID id = upload(staff);
		ScreeningJobs.Job job = jobs.find(id, owner(staff)).orElseThrow();
		assertThat(job.dir.resolve("households.csv")).doesNotExist();
		assertThat(job.dir.resolve("results.csv")).exists();
		mvc.perform(post("/screening/" + id + "/verwijderen").session(staff).with(csrf()))
			.andExpect(redirectedUrl("/screening?verwijderd"));
		assertThat(Files.exists(job.dir)).isFalse();
		mvc.perform(get("/screening/" + id).session(staff)).andExpect(status().isNotFound());
	}

	@Test
	void anotherMemberOfStaffCannotSeeTheRunAndOtherRolesCannotOpenThePage() throws Exception {
		MockHttpSession staff = logIn("medewerker@nijmegen.demo");
		UUID id = upload(staff);
		MockHttpSession curator = logIn("curator@nijmegen.demo");
		mvc.perform(get("/screening").session(curator)).andExpect(status().isForbidden());
		mvc.perform(get("/screening/" + id + "/results.csv").session(curator)).andExpect(status().isForbidden());
		mvc.perform(get("/screening")).andExpect(status().is3xxRedirection());
	}

	@Test
	void aMissingFileOrAWrongPeriodIsExplainedAndStartsNothing() throws Exception {
		MockHttpSession staff = logIn("medewerker@nijmegen.demo");
		int before = jobs.of(owner(staff)).size();
		mvc.perform(multipart("/screening").param("periode", "2026-03").session(staff).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"fouten\"")))
			.andExpect(content().string(Matchers.containsString("Kies een bestand met huishoudens")));
		mvc.perform(multipart("/screening")
			.file(new MockMultipartFile("bestand", "h.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)))
			.param("periode", "maart")
			.session(staff)
			.with(csrf())).andExpect(content().string(Matchers.containsString("Vul een maand in")));
		mvc.perform(get("/screening?fout=te-groot").session(staff))
			.andExpect(content().string(Matchers.containsString("Het bestand is te groot. Het mag hoogstens 200 MB zijn.")));
		assertThat(jobs.of(owner(staff))).hasSize(before);
	}

}
