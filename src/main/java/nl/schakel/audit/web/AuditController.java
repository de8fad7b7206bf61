// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.audit.web;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.audit.AuditLog;
import nl.schakel.audit.AuditQuery;

/** The staff viewer of the audit log, with a check that the chain is intact. */
@Controller
class AuditController {

	private static final int PAGE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/beheer/audit")
	String list(@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String actor, @RequestParam(required = false) @Nullable Long voor,
			Model model) {
		String subjectId = blankToNull(subject);
		String actorId = blankToNull(actor);
		var events = audit.recent(new AuditQuery(null, subjectId, actorId, voor, PAGE));
		model.addAttribute("events", events);
		model.addAttribute("subject", subjectId);
		model.addAttribute("actor", actorId);
		model.addAttribute("nextBefore", events.size() == PAGE ? events.getLast().seq() : null);
		return "audit/list";
	}

	@PostMapping("/beheer/audit/controle")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		return list(null, null, null, model);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
