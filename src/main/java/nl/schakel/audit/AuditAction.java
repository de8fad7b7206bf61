// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

/** What was done with personal data. */
public enum AuditAction {

	READ, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGIN_FAILED

}
