// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.util.Map;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Production login through OpenID Connect (Keycloak or another broker for DigiD/eHerkenning): the identity
 * provider proves who someone is; Schakel's own memberships decide what they may do.
 */
@Component
public class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final Accounts accounts;

	OidcAccountService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = delegate.loadUser(request);
		String name = oidc.getFullName() != null ? oidc.getFullName() : oidc.getSubject();
		AccountId id = accounts.linkOidc(oidc.getSubject(), oidc.getEmail(), name);
		SchakelUser user = accounts.load(id).orElseThrow();
		return new OidcSchakelUser(user, oidc.getIdToken(), oidc.getUserInfo());
	}

	/** A Schakel user who logged in through OpenID Connect. */
	static final class OidcSchakelUser extends SchakelUser implements OidcUser {

		private static final long serialVersionUID = 1L;

		private final OidcIdToken idToken;

		private final OidcUserInfo userInfo;

		OidcSchakelUser(SchakelUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
			super(user.accountId(), user.getUsername(), user.displayName(), null, user.systemAdmin(), user.isEnabled(),
					user.lockedUntil(), user.memberships());
			this.idToken = idToken;
			this.userInfo = userInfo;
		}

		@Override
		public Map<String, Object> getClaims() {
			return idToken.getClaims();
		}

		@Override
		public OidcUserInfo getUserInfo() {
			return userInfo;
		}

		@Override
		public OidcIdToken getIdToken() {
			return idToken;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return idToken.getClaims();
		}

		@Override
		public String getName() {
			return accountId().toString();
		}

	}

}
