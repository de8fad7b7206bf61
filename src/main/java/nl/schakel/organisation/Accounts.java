// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.audit.Actor;
import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;

/**
 * Accounts of people who log in. Failed logins lock an account for a time that doubles with each failure after the
 * fifth (1, 2, 4 ... up to 60 minutes), which slows password guessing without locking people out for long.
 */
@Service
@Transactional
public class Accounts {

	static final int FREE_ATTEMPTS = 5;

	static final Duration MAX_LOCK = Duration.ofMinutes(60);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	public AccountId createLocal(String username, String displayName, String rawPassword, boolean systemAdmin) {
		var id = AccountId.random();
		if (rawPassword.length() < 12) {
			throw new IllegalArgumentException("A password has at least 12 characters");
		}
		if (exists(username)) {
			throw new DuplicateAccountException();
		}
		jdbc.sql("""
				insert into account (id, username, display_name, password_hash, system_admin)
				values (?, ?, ?, ?, ?)""")
			.params(id.value(), username.trim(), displayName.trim(), passwords.encode(rawPassword), systemAdmin)
			.update();
		audit.record(new AuditEntry(AuditAction.CREATE, "account", id.toString(), "account.create"));
		return id;
	}

	/** Links a login from the identity provider to an account, creating one (without memberships) on first login. */
	public AccountId linkOidc(String subject, @Nullable String email, String displayName) {
		Optional<UUID> bySubject = jdbc.sql("select id from account where oidc_subject = ?")
			.param(subject)
			.query(UUID.class)
			.optional();
		if (bySubject.isPresent()) {
			return new AccountId(bySubject.get());
		}
		if (email != null) {
			Optional<UUID> byEmail = jdbc.sql("select id from account where lower(username) = lower(?) and oidc_subject is null")
				.param(email)
				.query(UUID.class)
				.optional();
			if (byEmail.isPresent()) {
				jdbc.sql("update account set oidc_subject = ? where id = ?").params(subject, byEmail.get()).update();
				audit.record(Actor.SYSTEM,
						new AuditEntry(AuditAction.UPDATE, "account", byEmail.get().toString(), "account.link-oidc"));
				return new AccountId(byEmail.get());
			}
		}
		var id = AccountId.random();
		jdbc.sql("insert into account (id, username, display_name, oidc_subject) values (?, ?, ?, ?)")
			.params(id.value(), email != null ? email : subject, displayName, subject)
			.update();
		audit.record(Actor.SYSTEM, new AuditEntry(AuditAction.CREATE, "account", id.toString(), "account.oidc-first-login"));
		return id;
	}

	public boolean exists(String username) {
		return jdbc.sql("select count(*) from account where lower(username) = lower(?)")
			.param(username.trim())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public Optional<SchakelUser> loadForLogin(String username) {
		return jdbc.sql("select * from account where lower(username) = lower(?)")
			.param(username.trim())
			.query((rs, n) -> new SchakelUser(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
					rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("system_admin"),
					rs.getBoolean("enabled"), toInstant(rs.getTimestamp("locked_until")), List.of()))
			.optional()
			.map(user -> new SchakelUser(user.accountId(), user.getUsername(), user.displayName(), user.getPassword(),
					user.systemAdmin(), user.isEnabled(), user.lockedUntil(), membershipsOf(user.accountId())));
	}

	@Transactional(readOnly = true)
	public Optional<SchakelUser> load(AccountId id) {
		return jdbc.sql("select username from account where id = ?")
			.param(id.value())
			.query(String.class)
			.optional()
			.flatMap(this::loadForLogin);
	}

	public void recordSuccessfulLogin(String username) {
		jdbc.sql("""
				update account set failed_logins = 0, locked_until = null, last_login_at = ?
				where lower(username) = lower(?) returning id""")
			.params(Timestamp.from(clock.instant()), username)
			.query(UUID.class)
			.optional()
			.ifPresent(id -> audit.record(Actor.account(id),
					new AuditEntry(AuditAction.LOGIN, "account", id.toString(), "login")));
	}

	public void recordFailedLogin(String username) {
		jdbc.sql("select id, failed_logins from account where lower(username) = lower(?) for update")
			.param(username)
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getInt("failed_logins") })
			.optional()
			.ifPresent(row -> {
				UUID id = (UUID) row[0];
				int failures = (Integer) row[1] + 1;
				Instant lockedUntil = failures < FREE_ATTEMPTS ? null : clock.instant().plus(lockFor(failures));
				jdbc.sql("update account set failed_logins = ?, locked_until = ? where id = ?")
					.params(failures, lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
					.update();
				audit.record(Actor.ANONYMOUS,
						new AuditEntry(AuditAction.LOGIN_FAILED, "account", id.toString(), "login"));
			});
	}

	static Duration lockFor(int failures) {
		int exponent = Math.min(failures - FREE_ATTEMPTS, 6);
		Duration lock = Duration.ofMinutes(1L << exponent);
		return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
	}

	/** Accounts for the system administrator's overview: personal data, so the read is audited. */
	@Transactional
	public List<AccountSummary> list() {
		List<AccountSummary> accounts = jdbc.sql("""
				select id, username, display_name, system_admin, enabled, locked_until, last_login_at
				from account order by lower(display_name)""")
			.query((rs, n) -> new AccountSummary(new AccountId(rs.getObject("id", UUID.class)),
					rs.getString("username"), rs.getString("display_name"), rs.getBoolean("system_admin"),
					rs.getBoolean("enabled"), toInstant(rs.getTimestamp("locked_until")),
					toInstant(rs.getTimestamp("last_login_at"))))
			.list();
		accounts.forEach(a -> audit
			.record(new AuditEntry(AuditAction.READ, "account", a.id().toString(), "admin.accounts")));
		return accounts;
	}

	private List<Membership> membershipsOf(AccountId id) {
		return jdbc.sql("""
				select o.id, o.name, o.kind, m.role from membership m join organisation o on o.id = m.organisation_id
				where m.account_id = ? order by o.name""")
			.param(id.value())
			.query((rs, n) -> new Membership(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), Role.valueOf(rs.getString("role"))))
			.list();
	}

	private static @Nullable Instant toInstant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
