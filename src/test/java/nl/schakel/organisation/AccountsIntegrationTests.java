// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.schakel.SchakelIntegrationTest;

@SchakelIntegrationTest
class AccountsIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	@Test
	void storesOnlyAHashOfThePassword() {
		String username = UUID.randomUUID() + "@test.example";
		accounts.createLocal(username, "Test", "correct horse battery", false);
		SchakelUser user = accounts.loadForLogin(username).orElseThrow();
		assertThat(user.getPassword()).isNotEqualTo("correct horse battery").startsWith("{bcrypt}");
		assertThat(passwords.matches("correct horse battery", user.getPassword())).isTrue();
	}

	@Test
	void refusesShortPasswordsAndDuplicateUsernames() {
		String username = UUID.randomUUID() + "@test.example";
		assertThatThrownBy(() -> accounts.createLocal(username, "Test", "short", false))
			.isInstanceOf(IllegalArgumentException.class);
		accounts.createLocal(username, "Test", "a-long-enough-password", false);
		assertThatThrownBy(() -> accounts.createLocal(username.toUpperCase(), "Test", "a-long-enough-password", false))
			.isInstanceOf(DuplicateAccountException.class);
	}

	@Test
	void locksAnAccountAfterFiveFailedLoginsAndUnlocksOnSuccess() {
		String username = UUID.randomUUID() + "@test.example";
		accounts.createLocal(username, "Test", "a-long-enough-password", false);
		for (int i = 0; i < 4; i++) {
			accounts.recordFailedLogin(username);
		}
		assertThat(accounts.loadForLogin(username).orElseThrow().isAccountNonLocked()).isTrue();
		accounts.recordFailedLogin(username);
		assertThat(accounts.loadForLogin(username).orElseThrow().isAccountNonLocked()).isFalse();
		accounts.recordSuccessfulLogin(username);
		assertThat(accounts.loadForLogin(username).orElseThrow().isAccountNonLocked()).isTrue();
	}

	@Test
	void theLockDoublesWithEachFailureUpToAnHour() {
		assertThat(Accounts.lockFor(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Accounts.lockFor(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Accounts.lockFor(8)).isEqualTo(Duration.ofMinutes(8));
		assertThat(Accounts.lockFor(50)).isEqualTo(Duration.ofMinutes(60));
	}

	@Test
	void linksAnOidcLoginToAnExistingAccountByEmailOrCreatesOne() {
		String email = UUID.randomUUID() + "@test.example";
		AccountId local = accounts.createLocal(email, "Test", "a-long-enough-password", false);
		assertThat(accounts.linkOidc("sub-" + email, email, "Test")).isEqualTo(local);
		assertThat(accounts.linkOidc("sub-" + email, email, "Test")).isEqualTo(local);
		AccountId fresh = accounts.linkOidc("sub-" + UUID.randomUUID(), null, "Nieuw");
		assertThat(fresh).isNotEqualTo(local);
		assertThat(accounts.load(fresh).orElseThrow().memberships()).isEmpty();
	}

}
