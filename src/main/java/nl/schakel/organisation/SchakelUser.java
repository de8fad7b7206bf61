// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.schakel.audit.Actor;
import nl.schakel.audit.AuditedPrincipal;

/** A person logged in to Schakel, with their memberships; kept in the session, so it holds no secrets after login. */
public class SchakelUser implements UserDetails, CredentialsContainer, AuditedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId accountId;

	private final String username;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean systemAdmin;

	private final boolean enabled;

	private final @Nullable Instant lockedUntil;

	private final List<Membership> memberships;

	public SchakelUser(AccountId accountId, String username, String displayName, @Nullable String passwordHash,
			boolean systemAdmin, boolean enabled, @Nullable Instant lockedUntil, List<Membership> memberships) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.systemAdmin = systemAdmin;
		this.enabled = enabled;
		this.lockedUntil = lockedUntil;
		this.memberships = List.copyOf(memberships);
	}

	public AccountId accountId() {
		return accountId;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public boolean systemAdmin() {
		return systemAdmin;
	}

	public List<Membership> memberships() {
		return memberships;
	}

	public Optional<Membership> membershipOf(OrganisationId organisation) {
		return memberships.stream().filter(m -> m.organisationId().equals(organisation)).findFirst();
	}

	public boolean isMemberOf(OrganisationId organisation) {
		return membershipOf(organisation).isPresent();
	}

	public boolean administers(OrganisationId organisation) {
		return systemAdmin || membershipOf(organisation).map(m -> m.role() == Role.ORGANISATION_ADMIN).orElse(false);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (systemAdmin) {
			authorities.add(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"));
		}
		if (!memberships.isEmpty()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_MEMBER"));
		}
		memberships.stream()
			.map(m -> m.role().authority())
			.distinct()
			.forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public Actor auditActor() {
		return Actor.account(accountId.value());
	}

	@Override
	public String toString() {
		return "SchakelUser[" + accountId + "]";
	}

}
