// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import nl.schakel.organisation.UnknownOrganisationException;

/**
 * Maps exceptions that mean something to users to their status; {@link ErrorPages} then answers with a page or with
 * problem details, depending on what the client accepts.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAdvice {

	/** A lost or refused database connection is an outage (503), not a bug; anything else stays a 500. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseProblem(Exception ex, HttpServletResponse response) throws Exception {
		if (!ErrorPages.databaseUnavailable(ex)) {
			throw ex;
		}
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(UnknownOrganisationException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
