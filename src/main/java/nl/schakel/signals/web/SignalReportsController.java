// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.signals.DdasDelivery;
import nl.schakel.signals.DdasExport;
import nl.schakel.signals.DdasExportException;
import nl.schakel.signals.SignalFigures;

/**
 * Reporting pages of the vroegsignalering team: the DDAS monitoring file for CBS (download, and delivery where the
 * delivery API is configured) and the figures as in the Divosa monitor, with a CSV export. The module checks that the
 * viewer is in the team of the municipality.
 */
@Controller
class SignalReportsController {

	private final DdasExport export;

	private final DdasDelivery delivery;

	private final SignalFigures figures;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	SignalReportsController(DdasExport export, DdasDelivery delivery, SignalFigures figures, JsonMapper json,
			MessageSource messages, Clock clock) {
		this.export = export;
		this.delivery = delivery;
		this.figures = figures;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/vroegsignalering/ddas")
	String ddas(@RequestParam(name = "periode", required = false) @Nullable String period,
			@RequestParam(name = "verzonden", required = false) @Nullable String sent,
			@RequestParam(name = "fout", required = false) @Nullable String failed,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		YearMonth chosen = period == null ? lastMonth() : parse(period);
		model.addAttribute("periods", periods());
		model.addAttribute("deliveryEnabled", delivery.enabled());
		model.addAttribute("sent", sent != null);
		model.addAttribute("failed", failed != null);
		if (chosen == null) {
			model.addAttribute("error", "signals.ddas.error.period");
			model.addAttribute("periode", lastMonth().toString());
			return "signals/ddas";
		}
		model.addAttribute("periode", chosen.toString());
		return "signals/ddas";
	}

	@GetMapping("/vroegsignalering/ddas.json")
	ResponseEntity<String> ddasFile(@RequestParam(name = "periode", defaultValue = "") String period,
			@AuthenticationPrincipal SchakelUser user) {
		YearMonth chosen = parse(period);
		if (chosen == null) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("periode: YYYY-MM");
		}
		ObjectNode document = export.forTeam(user, chosen.atDay(1), chosen.atEndOfMonth());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ddas-vroegsignalering-" + chosen + ".json").build().toString())
			.body(json.writeValueAsString(document));
	}

	@PostMapping("/vroegsignalering/ddas/verzenden")
	String ddasSend(@RequestParam(name = "periode", defaultValue = "") String period,
			@AuthenticationPrincipal SchakelUser user) {
		YearMonth chosen = parse(period);
		if (chosen == null) {
			return "redirect:/vroegsignalering/ddas?periode=" + lastMonth() + "&fout";
		}
		try {
			delivery.deliver(export.forTeam(user, chosen.atDay(1), chosen.atEndOfMonth()));
		}
		catch (DdasDelivery.DdasDeliveryException | DdasExportException ex) {
			return "redirect:/vroegsignalering/ddas?periode=" + chosen + "&fout";
		}
		return "redirect:/vroegsignalering/ddas?periode=" + chosen + "&verzonden";
	}

	@GetMapping("/vroegsignalering/cijfers")
	String figures(@RequestParam(name = "jaar", required = false) @Nullable String year,
			@RequestParam(name = "gemeente", required = false) @Nullable String municipality,
			@AuthenticationPrincipal SchakelUser user, Model model) {
		Integer chosen = year == null ? Integer.valueOf(LocalDate.now(clock).getYear()) : parseYear(year);
		model.addAttribute("years", years());
		if (chosen == null) {
			model.addAttribute("error", "signals.figures.error.year");
			chosen = LocalDate.now(clock).getYear();
		}
		SignalFigures.Figures f = figures.figures(user, municipality, chosen);
		model.addAttribute("f", f);
		return "signals/figures";
	}

	@GetMapping("/vroegsignalering/cijfers.csv")
	ResponseEntity<byte[]> figuresCsv(@RequestParam(name = "jaar", defaultValue = "") String year,
			@RequestParam(name = "gemeente", required = false) @Nullable String municipality,
			@AuthenticationPrincipal SchakelUser user, Locale locale) {
		Integer chosen = parseYear(year);
		if (chosen == null) {
			return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("jaar: YYYY".getBytes(StandardCharsets.UTF_8));
		}
		SignalFigures.Figures f = figures.figures(user, municipality, chosen);
		String csv = FiguresCsv.write(f, key -> messages.getMessage(key, null, key, locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("vroegsignalering-cijfers-" + f.municipality().value() + "-" + chosen + ".csv")
				.build()
				.toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private YearMonth lastMonth() {
		return YearMonth.now(clock).minusMonths(1);
	}

	private List<String> periods() {
		List<String> periods = new ArrayList<>();
		YearMonth month = YearMonth.now(clock);
		for (int i = 0; i < 24; i++) {
			periods.add(month.minusMonths(i).toString());
		}
		return periods;
	}

	private List<Integer> years() {
		int now = LocalDate.now(clock).getYear();
		return List.of(now, now - 1, now - 2);
	}

	private @Nullable YearMonth parse(String period) {
		try {
			YearMonth month = YearMonth.parse(period);
			return month.isAfter(YearMonth.now(clock)) || month.getYear() < 2021 ? null : month;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private @Nullable Integer parseYear(String year) {
		try {
			int value = Integer.parseInt(year);
			return value < 2021 || value > LocalDate.now(clock).getYear() ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The figures as CSV, with the same suppression marks as the page. */
	static final class FiguresCsv {

		private FiguresCsv() {
		}

		static String write(SignalFigures.Figures f, java.util.function.Function<String, String> text) {
			StringWriter out = new StringWriter();
			out.append("table,row,signals,signals_per_1000_inhabitants_per_month,households,reached_percent,")
				.append("accepted_percent,median_days_to_first_contact\r\n");
			String below = "<" + f.threshold();
			table(out, "month", f.byMonth(), below, key -> key);
			table(out, "creditor_type", f.byCreditorType(), below, key -> text.apply("signals.type." + key));
			table(out, "neighbourhood", f.byNeighbourhood(), below,
					key -> key.isEmpty() ? text.apply("signals.figures.area.none") : key);
			return out.toString();
		}

		private static void table(StringWriter out, String name, SignalFigures.Table table, String below,
				java.util.function.Function<String, String> label) {
			for (SignalFigures.Row row : table.rows()) {
				line(out, name, row.label() != null ? row.label() : label.apply(row.key()), row, below);
			}
			line(out, name, "total", table.total(), below);
		}

		private static void line(StringWriter out, String table, String row, SignalFigures.Row r, String below) {
			out.append(table).append(',').append(quote(row));
			for (SignalFigures.Cell cell : List.of(r.signals(), r.perThousand(), r.households(), r.reachedShare(),
					r.acceptedShare(), r.medianDays())) {
				out.append(',').append(value(cell, below));
			}
			out.append("\r\n");
		}

		private static String value(SignalFigures.Cell cell, String below) {
			return switch (cell.mark()) {
				case SHOWN -> {
					BigDecimal v = cell.value();
					yield v == null ? "" : v.toPlainString();
				}
				case BELOW_THRESHOLD -> below;
				case SECONDARY -> "x";
				case NOT_RECORDED -> "";
			};
		}

		private static String quote(String value) {
			String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
					? "'" + value : value;
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}

	}

}
