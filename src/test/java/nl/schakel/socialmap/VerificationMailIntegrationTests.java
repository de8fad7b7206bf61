// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.organisation.Organisations;

/**
 * Reminders are e-mailed to the owners' admins when SMTP is configured, through a real SMTP server in the test (GreenMail),
 * once per listing per month; reading the admins' addresses is audited.
 */
@SchakelIntegrationTest
class VerificationMailIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Organisations organisations;

	@Autowired
	MessageSource messages;

	@Autowired
	TransactionTemplate transactions;

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

	private static String text(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void ownersAdminsGetOneMailPerMonthWithTheServicesToCheck() throws Exception {
		UUID foodBank = jdbc.sql("select id from organisation where name = 'Voedselhulp De Korenschoof (demo)'")
			.query(UUID.class)
			.single();
		UUID listing = jdbc.sql("""
				select o.id from sm_organization o where o.demo and o.claimed_by is null
				  and not exists (select 1 from sm_claim c where c.listing_id = o.id)
				  and exists (select 1 from sm_service s where s.organization_id = o.id)
				order by random() limit 1""").query(UUID.class).single();
		jdbc.sql("update sm_organization set claimed_by = ? where id = ?").params(foodBank, listing).update();
		jdbc.sql("update sm_service set last_verified = date '2020-01-01' where organization_id = ?").param(listing).update();
		String serviceName = jdbc.sql("select name from sm_service where organization_id = ? order by id limit 1")
			.param(listing)
			.query(String.class)
			.single();

		var sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());
		var provider = new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class);
		var reminders = new VerificationReminders(jdbc, clock, organisations, provider, messages, "https://schakel.test",
				"kaart@schakel.test");
		// A month in the future, so that reminders recorded by other tests for this month do not hide these.
		LocalDate reference = LocalDate.now(clock).plusYears(3);
		long audited = jdbc.sql("select count(*) from audit_event where purpose = 'socialmap.verification-reminder'")
			.query(Long.class)
			.single();

		int created = transactions.execute(status -> reminders.remind(reference));
		assertThat(created).isPositive();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		MimeMessage mail = java.util.Arrays.stream(received).filter(m -> text(m).contains(serviceName)).findFirst().orElseThrow();
		assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.contains("coordinator@voedselbank.demo");
		assertThat(mail.getSubject()).isEqualTo("Klopt uw vermelding in de sociale kaart nog?");
		assertThat(text(mail)).contains("https://schakel.test/mijn/vermeldingen").contains("Alles klopt nog");
		assertThat(jdbc.sql("select count(*) from sm_reminder where period = ? and mailed_at is not null "
				+ "and service_id in (select id from sm_service where organization_id = ?)")
			.params(reference.toString().substring(0, 7), listing)
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("select count(*) from audit_event where purpose = 'socialmap.verification-reminder'")
			.query(Long.class)
			.single()).isGreaterThan(audited);

		int before = smtp.getReceivedMessages().length;
		Integer again = transactions.execute(status -> reminders.remind(reference));
		assertThat(again).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

}
