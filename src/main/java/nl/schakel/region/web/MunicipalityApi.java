// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;

/** Municipalities (CBS codes) and placing a postcode in the served region. */
@RestController
@Tag(name = "Region")
class MunicipalityApi {

	private final Municipalities municipalities;

	MunicipalityApi(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	/** A municipality in the API. */
	record MunicipalityResource(String code, String statcode, String name, boolean served) {

		static MunicipalityResource of(Municipality m) {
			return new MunicipalityResource(m.code().value(), m.code().statcode(), m.name(), m.served());
		}

	}

	/** Where a postcode places a resident: PLACED (one municipality), AMBIGUOUS (choose one) or OUTSIDE_REGION. */
	record PlacementResource(String outcome, List<MunicipalityResource> municipalities) {
	}

	@Operation(summary = "All 342 Dutch municipalities, or only those this installation serves")
	@GetMapping("/api/v1/municipalities")
	List<MunicipalityResource> list(@RequestParam(defaultValue = "false") boolean served) {
		return (served ? municipalities.served() : municipalities.all()).stream().map(MunicipalityResource::of).toList();
	}

	@Operation(summary = "Place a postcode (1234 AB or 1234) in a served municipality")
	@GetMapping("/api/v1/municipalities/placement")
	ResponseEntity<?> place(@RequestParam String postcode) {
		var parsed = Postcode.parse(postcode);
		if (parsed.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatus(400);
			problem.setTitle("Invalid postcode");
			problem.setDetail("A postcode is 4 digits, optionally followed by 2 letters, e.g. 6511 AB");
			return ResponseEntity.badRequest().body(problem);
		}
		PlacementResource body = switch (municipalities.place(parsed.get())) {
			case Placement.Placed p -> new PlacementResource("PLACED", List.of(MunicipalityResource.of(p.municipality())));
			case Placement.Ambiguous a ->
				new PlacementResource("AMBIGUOUS", a.candidates().stream().map(MunicipalityResource::of).toList());
			case Placement.OutsideRegion o -> new PlacementResource("OUTSIDE_REGION", List.of());
		};
		return ResponseEntity.ok(body);
	}

}
