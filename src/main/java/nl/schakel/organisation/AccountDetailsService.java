// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local (demo) login: looks up accounts with their memberships. */
@Component
public class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.loadForLogin(username)
			.filter(user -> user.getPassword() != null)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

}
