// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.organisation.OrganisationId;
import nl.schakel.organisation.Organisations;
import nl.schakel.organisation.SchakelUser;

/**
 * "Is uw vermelding nog juist?": once a day, owners of services not verified for a year get a reminder, at most one
 * per service per calendar month, so running the job twice changes nothing. Owners see reminders on their listings
 * page; when SMTP is configured ({@code spring.mail.host}), their admins are e-mailed as well.
 */
@Service
public class VerificationReminders {

	private static final Logger log = LoggerFactory.getLogger(VerificationReminders.class);

	/** A reminder as the owner sees it. */
	public record Reminder(UUID serviceId, String serviceName, UUID listingId, String listingName, String period,
			@Nullable LocalDate lastVerified) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Organisations organisations;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final String baseUrl;

	private final String sender;

	VerificationReminders(JdbcClient jdbc, Clock clock, Organisations organisations, ObjectProvider<JavaMailSender> mail,
			MessageSource messages, @Value("${schakel.base-url:http://localhost:8080}") String baseUrl,
			@Value("${schakel.mail.from:noreply@schakel.invalid}") String sender) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.organisations = organisations;
		this.mail = mail;
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.sender = sender;
	}

	@Scheduled(cron = "${schakel.socialmap.reminder-cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
	void daily() {
		int sent = remind(LocalDate.now(clock));
		log.info("Verification reminders recorded: {}", sent);
	}

	/** Records this period's reminders for every claimed service that is due on the reference date; returns how many are new. */
	@Transactional
	public int remind(LocalDate today) {
		String period = today.toString().substring(0, 7);
		List<Object[]> created = jdbc.sql("""
				insert into sm_reminder (service_id, period, created_at)
				select s.id, ?, ? from sm_service s join sm_organization l on l.id = s.organization_id
				where l.claimed_by is not null and (s.last_verified is null or s.last_verified < ?)
				on conflict (service_id, period) do nothing
				returning service_id""")
			.params(period, Timestamp.from(clock.instant()), Date.valueOf(ListingChanges.dueBefore(today)))
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class) })
			.list();
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null && !created.isEmpty()) {
			UUID[] services = created.stream().map(row -> (UUID) row[0]).toArray(UUID[]::new);
			Map<UUID, Map<String, String>> byOwner = new LinkedHashMap<>();
			jdbc.sql("""
					select l.claimed_by, l.name, s.name from sm_service s join sm_organization l on l.id = s.organization_id
					where s.id = any(?) order by l.claimed_by, lower(l.name), lower(s.name)""")
				.param(services)
				.query(rs -> {
					byOwner.computeIfAbsent(rs.getObject(1, UUID.class), k -> new LinkedHashMap<>())
						.merge(rs.getString(2), "- " + rs.getString(3), (a, b) -> a + "\n" + b);
				});
			byOwner.forEach((owner, listings) -> send(sender, new OrganisationId(owner), listings, services, period));
		}
		return created.size();
	}

	private void send(JavaMailSender sender, OrganisationId owner, Map<String, String> listings, UUID[] services,
			String period) {
		List<String> to = organisations.adminAddresses(owner, "socialmap.verification-reminder");
		if (to.isEmpty()) {
			return;
		}
		Locale dutch = Locale.of("nl");
		var body = new StringBuilder(messages.getMessage("reminder.mail.intro", null, dutch)).append("\n\n");
		listings.forEach((listing, lines) -> body.append(listing).append('\n').append(lines).append("\n\n"));
		body.append(messages.getMessage("reminder.mail.action", new Object[] { baseUrl + "/mijn/vermeldingen" }, dutch));
		var message = new SimpleMailMessage();
		message.setFrom(this.sender);
		message.setTo(to.toArray(String[]::new));
		message.setSubject(messages.getMessage("reminder.mail.subject", null, dutch));
		message.setText(body.toString());
		try {
			sender.send(message);
			jdbc.sql("""
					update sm_reminder set mailed_at = ? where period = ? and service_id = any(?)
					  and service_id in (select s.id from sm_service s join sm_organization l on l.id = s.organization_id
					                     where l.claimed_by = ?)""")
				.params(Timestamp.from(clock.instant()), period, services, owner.value())
				.update();
		}
		catch (MailException ex) {
			// The reminder stays on the owner's page; the mail is not retried so no one gets it twice.
			log.warn("Could not send a verification reminder for organisation {}: {}", owner.value(),
					ex.getClass().getSimpleName());
		}
	}

	/** Reminders for listings this person administers whose services are still due on the reference date. */
	@Transactional(readOnly = true)
	public List<Reminder> forOwner(SchakelUser user, LocalDate today) {
		return jdbc.sql("""
				select s.id, s.name, l.id, l.name, max(r.period), s.last_verified
				from sm_reminder r join sm_service s on s.id = r.service_id join sm_organization l on l.id = s.organization_id
				where l.claimed_by = any(?) and (s.last_verified is null or s.last_verified < ?)
				group by s.id, s.name, l.id, l.name, s.last_verified order by lower(l.name), lower(s.name)""")
			.params(Stewardship.administered(user), Date.valueOf(ListingChanges.dueBefore(today)))
			.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
			.list();
	}

}
