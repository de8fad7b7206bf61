// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit;

/** Implemented by the authenticated principals of other modules, so the audit log knows who acts. */
public interface AuditedPrincipal {

	Actor auditActor();

}
