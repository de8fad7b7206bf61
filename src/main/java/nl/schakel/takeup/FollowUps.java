// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.springframework.transaction.support.TransactionTemplate;

import nl.schakel.audit.Actor;
import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.paper.PublicAddress;
import nl.schakel.privacy.PersonalDataCipher;
import nl.schakel.schemes.LocalSchemes;
import nl.schakel.schemes.SchemeInfo;

/**
 * "Zullen we het over 4 weken vragen?": a resident leaves an e-mail address and the schemes they looked at; after 28
 * days they get one e-mail with a link to three questions per scheme. The address is encrypted, and deleted as soon as
 * they answer, ask for it, or 30 days after the e-mail went out without an answer. Only the anonymous answers remain.
 */
@Service
public class FollowUps {

	/** Four weeks: long enough to have applied, short enough to remember what stood in the way. */
	public static final int DAYS_UNTIL_MAIL = 28;

	/** How long an unanswered address is kept after its e-mail, and an address that could not be mailed after its due date. */
	public static final int DAYS_KEPT_AFTER_DUE = 30;

	public static final int MAX_SCHEMES = 20;

	private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

	private static final String TOKEN_DOMAIN = "takeup-token";

	private static final String SUBJECT = "follow-up";

	private static final String PURPOSE = "takeup.follow-up";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final LocalSchemes schemes;

	private final ObjectProvider<JavaMailSender> mail;

	private final MessageSource messages;

	private final PublicAddress address;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String sender;

	private final SecureRandom random = new SecureRandom();

	FollowUps(JdbcClient jdbc, PersonalDataCipher cipher, AuditLog audit, LocalSchemes schemes,
			ObjectProvider<JavaMailSender> mail, MessageSource messages, PublicAddress address,
			TransactionTemplate transactions, Clock clock,
			@Value("${schakel.mail.from:noreply@schakel.invalid}") String sender) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.schemes = schemes;
		this.mail = mail;
		this.messages = messages;
		this.address = address;
		this.transactions = transactions;
		this.clock = clock;
		this.sender = sender;
	}

	/** Whether the text looks like an e-mail address: something, an @, a domain with a dot, no spaces. */
	public static boolean isEmailAddress(String text) {
		return text.length() <= 254 && EMAIL.matcher(text).matches();
	}

	/**
	 * Stores a follow-up and returns the token of its link, which the caller shows once so the resident can delete
	 * the address at once.
	 *
	 * @throws IllegalArgumentException for an address that is not one, an unknown scheme, or a bad municipality
	 */
	@Transactional
	public String signUp(String email, List<String> schemeIds, @Nullable String municipality, String language) {
		String address = email.strip();
		if (!isEmailAddress(address)) {
			throw new IllegalArgumentException("Not an e-mail address");
		}
		List<String> ids = schemeIds.stream().distinct().toList();
		if (ids.isEmpty() || ids.size() > MAX_SCHEMES || !known(ids)) {
			throw new IllegalArgumentException("Unknown or too many schemes");
		}
		if (municipality != null && !municipality.matches("[0-9]{4}")) {
			throw new IllegalArgumentException("Not a CBS code");
		}
		if (!language.matches("[a-z]{2,3}")) {
			throw new IllegalArgumentException("Not a language code");
		}
		UUID id = UUID.randomUUID();
		String token = newToken();
		jdbc.sql("""
				insert into takeup_follow_up (id, email_encrypted, token_index, token_encrypted, scheme_ids,
				                              municipality_code, language, due_on)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, cipher.encrypt(address), cipher.blindIndex(TOKEN_DOMAIN, token), cipher.encrypt(token),
					ids.toArray(String[]::new), municipality, language,
					Date.valueOf(LocalDate.now(clock).plusDays(DAYS_UNTIL_MAIL)))
			.update();
		audit.record(Actor.ANONYMOUS, new AuditEntry(AuditAction.CREATE, SUBJECT, id.toString(), PURPOSE));
		return token;
	}

	/** Whether every id is a scheme of the engine. */
	public boolean known(List<String> schemeIds) {
		var engine = schemes.engine();
		return schemeIds.stream().allMatch(id -> engine.info(id).isPresent());
	}

	/** The follow-up of a link's token; empty for an unknown, answered or deleted one. */
	@Transactional(readOnly = true)
	public Optional<FollowUp> find(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select scheme_ids, municipality_code, language from takeup_follow_up where token_index = ?")
			.param(cipher.blindIndex(TOKEN_DOMAIN, token))
			.query((rs, n) -> new FollowUp(Arrays.asList((String[]) rs.getArray(1).getArray()), rs.getString(2),
					rs.getString(3)))
			.optional();
	}

	/**
	 * Stores the answers without any link to the follow-up, and deletes the follow-up with its address. False when
	 * the token is unknown (answered, deleted, or never given).
	 *
	 * @throws IllegalArgumentException for an answer about a scheme the follow-up did not ask about
	 */
	@Transactional
	public boolean answer(String token, List<Answer> answers) {
		var row = row(token);
		if (row.isEmpty()) {
			return false;
		}
		FollowUpRow followUp = row.get();
		for (Answer a : answers) {
			if (!followUp.schemeIds().contains(a.schemeId())) {
				throw new IllegalArgumentException("Not asked about this scheme");
			}
		}
		Date month = Date.valueOf(LocalDate.now(clock).withDayOfMonth(1));
		for (Answer a : answers) {
			jdbc.sql("""
					insert into takeup_answer (scheme_id, municipality_code, applied, received, obstacle, remark,
					                           answered_month)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(a.schemeId(), followUp.municipality(), a.applied(),
						a.received() == null ? null : a.received().key(), a.obstacle(), a.remark(), month)
				.update();
		}
		delete(followUp.id(), Actor.ANONYMOUS);
		return true;
	}

	/** Deletes the follow-up and its address now, at the resident's request. False for an unknown token. */
	@Transactional
	public boolean unsubscribe(String token) {
		var row = row(token);
		row.ifPresent(r -> delete(r.id(), Actor.ANONYMOUS));
		return row.isPresent();
	}

	@Scheduled(cron = "${schakel.takeup.mail-cron:0 15 * * * *}", zone = "Europe/Amsterdam")
	void hourly() {
		int sent = sendDue();
		// A call from within the class passes no proxy, so the transaction the audit log needs is opened here.
		Integer deleted = transactions.execute(status -> expire());
		if (sent > 0 || deleted != null && deleted > 0) {
			log.info("Follow-up e-mails sent: {}; addresses deleted after their time: {}", sent, deleted);
		}
	}

	/**
	 * Sends every follow-up that is due today and was not sent yet, each in its own transaction so one failure
	 * stops nothing else. Without SMTP nothing is sent. Returns how many were sent.
	 */
	public int sendDue() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<UUID> due = jdbc.sql("select id from takeup_follow_up where sent_at is null and due_on <= ? order by due_on")
			.param(Date.valueOf(LocalDate.now(clock)))
			.query(UUID.class)
			.list();
		int sent = 0;
		for (UUID id : due) {
			Boolean ok = transactions.execute(status -> send(sender, id));
			if (Boolean.TRUE.equals(ok)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, UUID id) {
		// Claiming the row first makes a second run, or a second instance, skip it: the e-mail goes out once.
		var claimed = jdbc.sql("""
				update takeup_follow_up set sent_at = ? where id = ? and sent_at is null
				returning email_encrypted, token_encrypted, scheme_ids, language""")
			.params(Timestamp.from(clock.instant()), id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), (String[]) rs.getArray(3).getArray(),
					rs.getString(4) })
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		Object[] row = claimed.get();
		audit.record(Actor.SYSTEM, new AuditEntry(AuditAction.READ, SUBJECT, id.toString(), PURPOSE));
		String token = cipher.decrypt((String) row[1]);
		Locale locale = Locale.of((String) row[3]);
		String base = address.configuredBase() + "/regelingen/opvolging/" + token;
		var body = new StringBuilder(messages.getMessage("followUp.mail.intro", null, locale)).append("\n\n");
		for (String schemeId : (String[]) row[2]) {
			body.append("- ").append(name(schemeId, locale)).append('\n');
		}
		body.append('\n')
			.append(messages.getMessage("followUp.mail.action", new Object[] { base }, locale))
			.append("\n\n")
			.append(messages.getMessage("followUp.mail.delete",
					new Object[] { base + "/wissen", DAYS_KEPT_AFTER_DUE }, locale))
			.append('\n');
		var message = new SimpleMailMessage();
		message.setFrom(this.sender);
		message.setTo(cipher.decrypt((String) row[0]));
		message.setSubject(messages.getMessage("followUp.mail.subject", null, locale));
		message.setText(body.toString());
		try {
			sender.send(message);
			return true;
		}
		catch (MailException ex) {
			// Not sent, so the claim is undone and the next run tries again; the log has the id, never the address.
			log.warn("Could not send follow-up {}: {}", id, ex.getClass().getSimpleName());
			jdbc.sql("update takeup_follow_up set sent_at = null where id = ?").param(id).update();
			return false;
		}
	}

	/**
	 * Deletes the addresses whose time is up: 30 days after the e-mail without an answer, or 30 days after the due
	 * date when no e-mail could be sent. Returns how many.
	 */
	@Transactional
	public int expire() {
		LocalDate today = LocalDate.now(clock);
		List<UUID> expired = jdbc.sql("""
				select id from takeup_follow_up
				where (sent_at is not null and sent_at < ?) or (sent_at is null and due_on < ?)""")
			.params(Timestamp.from(clock.instant().minus(DAYS_KEPT_AFTER_DUE, ChronoUnit.DAYS)),
					Date.valueOf(today.minusDays(DAYS_KEPT_AFTER_DUE)))
			.query(UUID.class)
			.list();
		expired.forEach(id -> delete(id, Actor.SYSTEM));
		return expired.size();
	}

	/** The scheme's name in the language, or its id when the scheme no longer exists. */
	public String name(String schemeId, Locale locale) {
		return schemes.engine()
			.info(schemeId)
			.map(SchemeInfo::name)
			.map(n -> "en".equals(locale.getLanguage()) ? n.en() : n.nl())
			.orElse(schemeId);
	}

	private record FollowUpRow(UUID id, List<String> schemeIds, @Nullable String municipality) {
	}

	private Optional<FollowUpRow> row(String token) {
		if (!plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select id, scheme_ids, municipality_code from takeup_follow_up where token_index = ? for update")
			.param(cipher.blindIndex(TOKEN_DOMAIN, token))
			.query((rs, n) -> new FollowUpRow(rs.getObject(1, UUID.class),
					new ArrayList<>(Arrays.asList((String[]) rs.getArray(2).getArray())), rs.getString(3)))
			.optional();
	}

	private void delete(UUID id, Actor actor) {
		jdbc.sql("delete from takeup_follow_up where id = ?").param(id).update();
		audit.record(actor, new AuditEntry(AuditAction.DELETE, SUBJECT, id.toString(), PURPOSE));
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** 32 random bytes in URL-safe base64 are 43 characters; anything else is not one of ours. */
	private static boolean plausible(String token) {
		return token.length() == 43 && token.matches("[A-Za-z0-9_-]+");
	}

}
