// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.schakel.organisation.ApiClientPrincipal;
import nl.schakel.signals.DeliveryReceipt;
import nl.schakel.signals.DeliveryRefusedException;
import nl.schakel.signals.SignalIntake;

/**
 * Intake of vroegsignalering signals from creditors' systems (Wgs art. 3 lid 1 onder b; Besluit gemeentelijke
 * schuldhulpverlening § 2). The body is read as a JSON tree and checked field by field, so that one wrong signal is
 * refused on its own with its reasons and never fails the rest of the delivery.
 */
@RestController
@Tag(name = "Vroegsignalering")
class SignalsApi {

	private final SignalIntake intake;

	SignalsApi(SignalIntake intake) {
		this.intake = intake;
	}

	@Operation(summary = "Deliver 1 to 10,000 signals of payment arrears or end of supply",
			description = """
					For API clients of a creditor organisation with scope signals:write. Each signal is answered with a \
					receipt (accepted or refused with reasons), by its index and reference. Accepted signals are stored \
					before the answer leaves. Delivering a signal again with the same reference returns its first receipt \
					and stores nothing new. See docs/signals.md for the fields and every refusal reason.""",
			security = @SecurityRequirement(name = "apiKey"),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DeliveryDocument.class))),
			responses = {
					@ApiResponse(responseCode = "200", description = "A receipt per signal"),
					@ApiResponse(responseCode = "400", description = "Not JSON, or not 1 to 10,000 signals",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "401", description = "No or a wrong API key",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)),
					@ApiResponse(responseCode = "403", description = "The client lacks signals:write or is no creditor",
							content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE)) })
	@PostMapping(value = "/api/v1/signals", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	DeliveryReceipt deliver(@AuthenticationPrincipal ApiClientPrincipal client, @RequestBody JsonNode body) {
		return intake.deliver(client, body);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> notJson() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle("Body is not valid JSON");
		problem.setDetail("Send a JSON object {\"signals\": [...]}; nothing of this delivery was stored.");
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(DeliveryRefusedException.class)
	ResponseEntity<ProblemDetail> refused(DeliveryRefusedException ex) {
		HttpStatus status = ex.forbidden() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(ex.forbidden() ? "Not a creditor" : "Delivery refused");
		problem.setDetail(ex.getMessage() + " Nothing of this delivery was stored.");
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The request body as documented; the intake reads it field by field (see the class comment). */
	@Schema(name = "SignalDelivery")
	record DeliveryDocument(@ArraySchema(minItems = 1, maxItems = 10_000) List<SignalDocument> signals) {
	}

	@Schema(name = "Signal")
	record SignalDocument(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "woningverhuurder", "energieleverancier", "drinkwaterbedrijf",
							"zorgverzekeraar" }) String creditorType,
			@Schema(description = "Optional; when given it must be the API client's own organisation id",
					format = "uuid") @Nullable String creditorId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100,
					description = "The creditor's own reference: the idempotency key") String reference,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "betalingsachterstand", "eindelevering" }) String kind,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PersonDocument person,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) AddressDocument address,
			@Nullable ContactDocument contact,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ArrearsDocument arrears,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date") String signalDate,
			@Schema(description = "Required for eindelevering: the planned end of supply", format = "date")
			@Nullable String endOfSupplyDate,
			@Schema(description = "Required for woningverhuurder: Besluit gemeentelijke schuldhulpverlening art. 2 onder a-d")
			@Nullable PriorStepsDocument priorSteps) {
	}

	@Schema(name = "SignalPerson")
	record PersonDocument(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
			@Schema(format = "date") @Nullable String birthDate,
			@Schema(description = "9 digits that pass the elfproef") @Nullable String bsn) {
	}

	@Schema(name = "SignalAddress")
	record AddressDocument(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "6511 AB") String postcode,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "99999") int houseNumber,
			@Schema(maxLength = 10) @Nullable String addition,
			@Schema(description = "CBS code, only needed where a postcode area lies in two served municipalities")
			@Nullable String municipality) {
	}

	@Schema(name = "SignalContact")
	record ContactDocument(@Nullable String phone, @Nullable String email) {
	}

	@Schema(name = "SignalArrears")
	record ArrearsDocument(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") long amountCents,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "date",
					description = "The date the oldest unpaid amount fell due") String since) {
	}

	@Schema(name = "SignalPriorSteps")
	record PriorStepsDocument(boolean personalContactAttempted, boolean pointedToDebtHelp,
			@Schema(format = "date") @Nullable String writtenReminderDate, boolean offeredToShareData,
			boolean tenantObjected) {
	}

}
