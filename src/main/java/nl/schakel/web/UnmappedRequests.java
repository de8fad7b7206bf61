// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last line of the matrix: a request that no controller handles may pass (it becomes a friendly 404 instead of a
 * login page), but a request that a controller would handle and that has no rule is denied. So a forgotten rule
 * fails closed, and a mistyped address still gets a helpful answer.
 */
class UnmappedRequests implements AuthorizationManager<RequestAuthorizationContext> {

	private final RequestMappingHandlerMapping handlers;

	UnmappedRequests(RequestMappingHandlerMapping handlers) {
		this.handlers = handlers;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(!handled(context.getRequest()));
	}

	private boolean handled(HttpServletRequest request) {
		try {
			return handlers.getHandler(request) != null;
		}
		catch (Exception ex) {
			// A wrong method or media type for a mapped path: the mapping exists, so refuse like any unruled path.
			return true;
		}
	}

}
