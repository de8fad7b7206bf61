// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;

/** Counts failed password logins (throttling) and records logins in the audit log. */
@Component
class LoginAttempts {

	private final Accounts accounts;

	LoginAttempts(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getPrincipal() instanceof String username) {
			accounts.recordFailedLogin(username);
		}
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SchakelUser user) {
			accounts.recordSuccessfulLogin(user.getUsername());
		}
	}

}
