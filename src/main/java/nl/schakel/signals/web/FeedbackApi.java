// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.signals.FeedbackStatus;
import nl.schakel.signals.Outreach;

/**
 * Status feedback to creditors, as the Landelijk convenant vroegsignalering provides, so that collection can pause
 * while the household gets help. A creditor pulls it; it sees only its own signals, by its own reference, with a
 * coarse status and its date: never the outcome, a reason, a name or anything about other creditors.
 */
@RestController
@Tag(name = "Vroegsignalering")
class FeedbackApi {

	private final Outreach outreach;

	FeedbackApi(Outreach outreach) {
		this.outreach = outreach;
	}

	@Schema(name = "SignalFeedbackPage")
	record FeedbackPage(@Schema(description = "Changes at or after this moment") Instant since,
			@Schema(description = "Ask again with since set to this value when complete is false") @Nullable Instant next,
			@Schema(description = "False when the limit of 1000 lines was reached") boolean complete,
			List<FeedbackLine> feedback) {
	}

	@Schema(name = "SignalFeedback")
	record FeedbackLine(@Schema(description = "The creditor's own reference of the signal") String reference,
			@Schema(description = "ONTVANGEN, CONTACT_GELEGD, IN_HULPVERLENING, GEEN_CONTACT or AFGESLOTEN") FeedbackStatus status,
			@Schema(description = "Since when the signal has this status") Instant since) {
	}

	@Operation(summary = "The status of the caller's own signals that changed since a moment",
			description = """
					For API clients of a creditor organisation with scope signals:read or signals:write. Returns, per signal \
					the creditor delivered, its reference, a coarse status and since when, oldest change first, at most 1000 \
					lines. since is an ISO instant (2026-11-25T10:00:00Z) or a date (start of that day in the Netherlands); \
					without it, all signals. See docs/signals.md for the statuses and what they leave out.""",
			security = @SecurityRequirement(name = "apiKey"),
			responses = { @ApiResponse(responseCode = "200", description = "The feedback, oldest change first"),
					@ApiResponse(responseCode = "400", description = "since is not an instant or a date",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "401", description = "No or a wrong API key",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "403",
							description = "The client lacks signals:read and signals:write, or is no creditor",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
	@GetMapping(value = "/api/v1/signals/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> feedback(@AuthenticationPrincipal ApiClientPrincipal client,
			@Parameter(description = "ISO instant or date", example = "2026-11-25T10:00:00Z") @RequestParam(
					defaultValue = "") String since) {
		Instant from;
		try {
			from = parse(since.strip());
		}
		catch (DateTimeParseException ex) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setTitle("since is not a moment");
			problem.setDetail("Give since as an ISO instant such as 2026-11-25T10:00:00Z or a date such as 2026-11-25.");
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		List<Outreach.Feedback> lines = outreach.feedback(client, from);
		boolean complete = lines.size() < Outreach.FEEDBACK_LIMIT;
		return ResponseEntity.ok(new FeedbackPage(from, complete ? null : lines.getLast().since(), complete,
				lines.stream().map(l -> new FeedbackLine(l.reference(), l.status(), l.since())).toList()));
	}

	private static Instant parse(String since) {
		if (since.isEmpty()) {
			return Instant.EPOCH;
		}
		if (since.length() == 10) {
			return LocalDate.parse(since).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant();
		}
		return Instant.parse(since);
	}

}
