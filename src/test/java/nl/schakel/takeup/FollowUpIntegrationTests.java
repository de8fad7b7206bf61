// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.audit.AuditLog;
import nl.schakel.paper.PublicAddress;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.schemes.LocalSchemes;

/**
 * The follow-up from sign-up to answer, with a real SMTP server (GreenMail) and a clock moved four weeks ahead: the
 * e-mail goes out once, the answer deletes the address and leaves only anonymous answers, bad input changes nothing,
 * a link that does not work says nothing about why, and small figures are hidden.
 */
@SchakelIntegrationTest
class FollowUpIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https://schakel\\.test/regelingen/opvolging/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	AuditLog audit;

	@Autowired
	LocalSchemes schemes;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FollowUps followUps;

	private GreenMail smtp;

	@BeforeEach
	void startSmtp() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
	}

	@AfterEach
	void stopSmtp() {
		smtp.stop();
	}

	/** The service as the scheduler runs it, on a clock that is {@code ahead} later, sending to GreenMail. */
	private FollowUps at(Duration ahead) {
		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		var provider = new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
		return new FollowUps(jdbc, cipher, audit, schemes, provider, messages,
				new PublicAddress("https://schakel.test", "http://localhost:8080"), transactions, Clock.offset(clock, ahead),
				"regelingen@schakel.test");
	}

	private String signUp(String email) throws Exception {
		var result = mvc.perform(post("/regelingen/opvolging").with(csrf())
			.param("regeling", "zorgtoeslag", "nijmegen-meedoenregeling")
			.param("gemeente", "0268")
			.param("email", email)
			.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/regelingen/opvolging/aangemeld"))
			.andReturn();
		return (String) result.getFlashMap().get("token");
	}

	private List<MimeMessage> mailsTo(String address) throws Exception {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private long rows() {
		return jdbc.sql("select count(*) from takeup_follow_up").query(Long.class).single();
	}

	@Test
	void theFormShowsTheSchemesAndAsksForConsentInPlainWords() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/regelingen/opvolging?regeling=zorgtoeslag&regeling=huurtoeslag&gemeente=0268"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("We sturen u over 4 weken één e-mail met drie vragen. Daarna wissen we uw adres.",
				"Zorgtoeslag", "Huurtoeslag");
		assertThat(page.select("input[type=hidden][name=regeling]").eachAttr("value")).containsExactly("zorgtoeslag", "huurtoeslag");
		assertThat(page.select("input#toestemming[type=checkbox]")).hasSize(1);
	}

	@Test
	void aMovedClockSendsTheMailExactlyOnceAndTheAnswerDeletesTheAddress() throws Exception {
		String email = "opvolging-" + UUID.randomUUID() + "@voorbeeld.test";
		String token = signUp(email);
		assertThat(token).hasSize(43);
		assertThat(jdbc.sql("select count(*) from takeup_follow_up where email_encrypted like ?").param("%" + email + "%")
			.query(Long.class).single()).as("the address is not stored in the clear").isZero();

		at(Duration.ZERO).sendDue();
		assertThat(mailsTo(email)).as("not due yet").isEmpty();
		at(Duration.ofDays(28)).sendDue();
		at(Duration.ofDays(28).plusHours(1)).sendDue();
		List<MimeMessage> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		String body = mails.getFirst().getContent().toString();
		assertThat(mails.getFirst().getSubject()).isEqualTo("Is het gelukt met uw regeling?");
		assertThat(body).contains("- Zorgtoeslag", "- Meedoenregeling Nijmegen", "/wissen");
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo(token);

		Document questions = Jsoup.parse(mvc.perform(get("/regelingen/opvolging/" + token)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(questions.select("legend").eachText()).contains("Hebt u Zorgtoeslag aangevraagd?", "Kreeg u het?");

		long answers = jdbc.sql("select count(*) from takeup_answer where municipality_code = '0268'").query(Long.class).single();
		mvc.perform(post("/regelingen/opvolging/" + token).with(csrf())
			.param("aangevraagd-zorgtoeslag", "ja").param("gekregen-zorgtoeslag", "ja")
			.param("aangevraagd-nijmegen-meedoenregeling", "nee").param("belemmering-nijmegen-meedoenregeling", "moeilijk"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/regelingen/opvolging/bedankt"));
		assertThat(followUps.find(token)).isEmpty();
		assertThat(jdbc.sql("select count(*) from takeup_answer where municipality_code = '0268'").query(Long.class).single())
			.isEqualTo(answers + 2);
		mvc.perform(get("/regelingen/opvolging/" + token)).andExpect(status().isNotFound());
		at(Duration.ofDays(40)).sendDue();
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void anUnansweredAddressIsDeleted30DaysAfterTheMail() throws Exception {
		String token = signUp("stil-" + UUID.randomUUID() + "@voorbeeld.test");
		at(Duration.ofDays(28)).sendDue();
		transactions.execute(status -> at(Duration.ofDays(28 + 29)).expire());
		assertThat(followUps.find(token)).isPresent();
		transactions.execute(status -> at(Duration.ofDays(28 + 31)).expire());
		assertThat(followUps.find(token)).isEmpty();
	}

	@Test
	void theScheduledJobRunsWithoutMailConfiguredAndDeletesWhatIsDue() throws Exception {
		String token = signUp("klok-" + UUID.randomUUID() + "@voorbeeld.test");
		jdbc.sql("update takeup_follow_up set due_on = due_on - 60 where token_index = ?")
			.param(cipher.blindIndex("takeup-token", token))
			.update();
		followUps.hourly();
		assertThat(followUps.find(token)).as("never sent, and 30 days past its due date").isEmpty();
	}

	@Test
	void theResidentCanDeleteTheAddressAtOnce() throws Exception {
		String token = signUp("wissen-" + UUID.randomUUID() + "@voorbeeld.test");
		mvc.perform(get("/regelingen/opvolging/" + token + "/wissen")).andExpect(status().isOk());
		mvc.perform(post("/regelingen/opvolging/" + token + "/wissen").with(csrf()))
			.andExpect(redirectedUrl("/regelingen/opvolging/gewist"));
		assertThat(followUps.find(token)).isEmpty();
	}

	@Test
	void aBadAddressOrNoConsentIsAClearErrorAndStoresNothing() throws Exception {
		long before = rows();
		Document page = Jsoup.parse(mvc.perform(post("/regelingen/opvolging").with(csrf())
			.param("regeling", "zorgtoeslag").param("email", "geen adres").param("toestemming", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Fout: ");
		assertThat(page.select("#fouten a[href=#email]").text()).isEqualTo("Vul een e-mailadres in zoals naam@voorbeeld.nl");
		assertThat(page.select("#email").val()).isEqualTo("geen adres");
		Document noConsent = Jsoup.parse(mvc.perform(post("/regelingen/opvolging").with(csrf())
			.param("regeling", "zorgtoeslag").param("email", "iemand@voorbeeld.test"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noConsent.select("#fouten a[href=#toestemming]")).hasSize(1);
		mvc.perform(post("/regelingen/opvolging").with(csrf())
			.param("regeling", "bestaat-niet").param("email", "iemand@voorbeeld.test").param("toestemming", "true"))
			.andExpect(status().isBadRequest());
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aTamperedOrUnknownTokenGetsTheSameNeutralPage() throws Exception {
		String token = signUp("raden-" + UUID.randomUUID() + "@voorbeeld.test");
		String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
		for (String path : List.of("/regelingen/opvolging/" + tampered, "/regelingen/opvolging/kort",
				"/regelingen/opvolging/" + tampered + "/wissen")) {
			String html = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
			assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Deze link werkt niet");
		}
		mvc.perform(post("/regelingen/opvolging/" + tampered).with(csrf()).param("aangevraagd-zorgtoeslag", "ja"))
			.andExpect(status().isNotFound());
		assertThat(followUps.find(token)).isPresent();
	}

	@Test
	void anIncompleteAnswerKeepsWhatWasChosenAndStoresNothing() throws Exception {
		String token = signUp("half-" + UUID.randomUUID() + "@voorbeeld.test");
		Document page = Jsoup.parse(mvc.perform(post("/regelingen/opvolging/" + token).with(csrf())
			.param("aangevraagd-zorgtoeslag", "ja"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.title()).startsWith("Fout: ");
		assertThat(page.select("#fouten a").eachText()).contains("Kies bij Zorgtoeslag of u het kreeg",
				"Kies bij Meedoenregeling Nijmegen of u het hebt aangevraagd");
		assertThat(page.select("#aangevraagd-zorgtoeslag-ja").hasAttr("checked")).isTrue();
		assertThat(followUps.find(token)).isPresent();
	}

	@Test
	void theFiguresHideCountsBelowTen() throws Exception {
		for (int i = 0; i < 12; i++) {
			jdbc.sql("""
					insert into takeup_answer (scheme_id, municipality_code, applied, received, obstacle, answered_month)
					values ('zorgtoeslag', '9990', true, ?, 'geen', date '2026-01-01')""")
				.param(i < 3 ? "ja" : "nee")
				.update();
		}
		Document page = Jsoup.parse(mvc.perform(get("/regelingen/cijfers?gemeente=9990")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		var cells = page.select("tr[data-scheme=zorgtoeslag] td").eachText();
		assertThat(cells.subList(0, 5)).containsExactly("9990", "12", "12", "<10", "<10");
		assertThat(cells.get(5)).as("obstacle 'geen'").isEqualTo("12");
	}

}
