// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.socialmap.Directory;
import nl.schakel.socialmap.ErrorReports;

/** "Klopt er iets niet?": residents report an error in a listing; curators work through the reports. */
@Controller
class ErrorReportController {

	private final ErrorReports reports;

	private final Directory directory;

	ErrorReportController(ErrorReports reports, Directory directory) {
		this.reports = reports;
		this.directory = directory;
	}

	@GetMapping("/hulp/{id}/melding")
	String form(@PathVariable UUID id, Model model) {
		model.addAttribute("serviceId", id);
		model.addAttribute("serviceName", serviceName(id));
		model.addAttribute("reasons", ErrorReports.REASONS.stream().sorted().toList());
		return "socialmap/report";
	}

	@PostMapping("/hulp/{id}/melding")
	String report(@PathVariable UUID id, @RequestParam(defaultValue = "") String reden,
			@RequestParam(defaultValue = "") String bericht, Model model) {
		String serviceName = serviceName(id);
		String error = null;
		if (!ErrorReports.REASONS.contains(reden)) {
			error = "report.error.reason";
		}
		else if (bericht.length() > ErrorReports.MAX_MESSAGE) {
			error = "report.error.message";
		}
		if (error != null) {
			model.addAttribute("serviceId", id);
			model.addAttribute("serviceName", serviceName);
			model.addAttribute("reasons", ErrorReports.REASONS.stream().sorted().toList());
			model.addAttribute("error", error);
			model.addAttribute("reden", reden);
			model.addAttribute("bericht", bericht);
			return "socialmap/report";
		}
		reports.report(id, reden, bericht);
		return "redirect:/hulp/" + id + "?gemeld";
	}

	@GetMapping("/redactie/meldingen")
	String queue(Model model) {
		model.addAttribute("reports", reports.open());
		return "socialmap/reports";
	}

	@PostMapping("/redactie/meldingen/{id}/afgehandeld")
	String handled(@PathVariable UUID id, @AuthenticationPrincipal SchakelUser user) {
		reports.handle(id, user.accountId().value());
		return "redirect:/redactie/meldingen";
	}

	private String serviceName(UUID id) {
		JsonNode service = directory.service(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return service.path("name").asString();
	}

}
