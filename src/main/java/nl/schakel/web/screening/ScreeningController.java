// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.UUID;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.schakel.audit.AuditAction;
import nl.schakel.audit.AuditEntry;
import nl.schakel.audit.AuditLog;
import nl.schakel.organisation.SchakelUser;
import nl.schakel.schemes.Period;

/**
 * "Wie mist een regeling?": municipal staff upload a household file, follow the run and download the results. Each
 * upload and download is audited; a member of staff sees only their own runs.
 */
@Controller
class ScreeningController {

	private final ScreeningJobs jobs;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ScreeningController(ScreeningJobs jobs, AuditLog audit, TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping("/screening")
	String index(@AuthenticationPrincipal SchakelUser user, @RequestParam(name = "fout", defaultValue = "")
			String problem, Model model) {
		model.addAttribute("periode", YearMonth.now(clock).toString());
		if (problem.equals("te-groot")) {
			model.addAttribute("error", "screening.error.size");
		}
		return form(user, model);
	}

	@PostMapping("/screening")
	String upload(@AuthenticationPrincipal SchakelUser user, @RequestParam(name = "bestand", required = false)
			MultipartFile file, @RequestParam(name = "periode", defaultValue = "") String periode, Model model)
			throws IOException {
		Period period = null;
		String error = null;
		try {
			period = Period.parse(periode);
		}
		catch (DateTimeException | NumberFormatException e) {
			error = "screening.error.period";
		}
		if (file == null || file.isEmpty()) {
			error = "screening.error.file";
		}
		else if (file.getSize() > ScreeningJobs.MAX_UPLOAD_BYTES) {
			error = "screening.error.size";
		}
		if (error != null || period == null) {
			model.addAttribute("error", error);
			model.addAttribute("periode", periode);
			return form(user, model);
		}
		ScreeningJobs.Job job;
		try (InputStream in = file.getInputStream()) {
			job = jobs.start(user.accountId().value(), period, in);
		}
		record(AuditAction.CREATE, job, "schemes.screening.upload");
		return "redirect:/screening/" + job.id();
	}

	@GetMapping("/screening/{id}")
	String job(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ScreeningJobs.Job job = owned(user, id);
		model.addAttribute("job", ScreeningRun.of(job));
		model.addAttribute("files", ScreeningJobs.FILES);
		return htmx != null ? "screening/job :: progress" : "screening/job";
	}

	@GetMapping("/screening/{id}/{file}.csv")
	ResponseEntity<Resource> download(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
			@PathVariable String file) throws IOException {
		ScreeningJobs.Job job = owned(user, id);
		Path path = jobs.file(job, file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		record(AuditAction.EXPORT, job, "schemes.screening.download." + file);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.contentLength(Files.size(path))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("screening-" + file + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new FileSystemResource(path));
	}

	@PostMapping("/screening/{id}/verwijderen")
	String delete(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id) {
		ScreeningJobs.Job job = owned(user, id);
		jobs.delete(job);
		record(AuditAction.DELETE, job, "schemes.screening.delete");
		return "redirect:/screening?verwijderd";
	}

	private String form(SchakelUser user, Model model) {
		model.addAttribute("jobs", jobs.of(user.accountId().value()).stream().map(ScreeningRun::of).toList());
		model.addAttribute("maxMegabytes", ScreeningJobs.MAX_UPLOAD_BYTES / 1024 / 1024);
		return "screening/index";
	}

	private ScreeningJobs.Job owned(SchakelUser user, UUID id) {
		return jobs.find(id, user.accountId().value())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void record(AuditAction action, ScreeningJobs.Job job, String purpose) {
		transactions.executeWithoutResult(
				status -> audit.record(new AuditEntry(action, "household-file", job.id().toString(), purpose)));
	}

}
