// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.region.Municipalities;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;

/** "Waar woont u?": places a resident in a municipality by postcode, or lets them choose one of the region. */
@Controller
class MunicipalityController {

	private final Municipalities municipalities;

	private final ResidentMunicipality resident;

	MunicipalityController(Municipalities municipalities, ResidentMunicipality resident) {
		this.municipalities = municipalities;
		this.resident = resident;
	}

	@GetMapping("/gemeente")
	String form(Model model) {
		model.addAttribute("served", municipalities.served());
		return "municipality";
	}

	@PostMapping("/gemeente")
	String choose(@RequestParam(required = false) @Nullable String postcode,
			@RequestParam(required = false) @Nullable String gemeente, Model model, HttpServletResponse response) {
		List<Municipality> served = municipalities.served();
		model.addAttribute("served", served);
		model.addAttribute("postcode", postcode);
		if (gemeente != null && !gemeente.isBlank()) {
			var chosen = served.stream().filter(m -> m.code().value().equals(gemeente)).findFirst();
			if (chosen.isEmpty()) {
				model.addAttribute("error", "municipality.error.choose");
				return "municipality";
			}
			return remember(response, chosen.get().code());
		}
		if (postcode == null || postcode.isBlank()) {
			model.addAttribute("error", "municipality.error.empty");
			return "municipality";
		}
		var parsed = Postcode.parse(postcode);
		if (parsed.isEmpty()) {
			model.addAttribute("error", "municipality.error.postcode");
			return "municipality";
		}
		return switch (municipalities.place(parsed.get())) {
			case Placement.Placed placed -> remember(response, placed.municipality().code());
			case Placement.Ambiguous ambiguous -> {
				model.addAttribute("candidates", ambiguous.candidates());
				yield "municipality";
			}
			case Placement.OutsideRegion outside -> {
				model.addAttribute("outside", true);
				yield "municipality";
			}
		};
	}

	private String remember(HttpServletResponse response, MunicipalityCode code) {
		resident.remember(response, code);
		return "redirect:/?gemeente";
	}

}
