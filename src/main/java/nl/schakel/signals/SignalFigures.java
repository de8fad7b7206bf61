// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.schakel.organisation.SchakelUser;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Neighbourhood;
import nl.schakel.region.Neighbourhoods;

/**
 * The figures a municipality follows, as in the Divosa monitor vroegsignalering: signals per 1,000 inhabitants per
 * month, per creditor type and per neighbourhood, the share of households reached, the share of those reached that
 * accepted help, and the median number of days from the first signal to the first contact. They count the cases still
 * held and the anonymous counts the retention job kept, so they stay the same after deletion. Small cells are
 * suppressed ({@link Suppression}); figures cover whole calendar years only, so overlapping periods cannot be
 * subtracted from each other.
 */
@Service
public class SignalFigures {

	private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private final JdbcClient jdbc;

	private final SignalCases cases;

	private final Neighbourhoods neighbourhoods;

	private final ReportingProperties properties;

	private final Clock clock;

	SignalFigures(JdbcClient jdbc, SignalCases cases, Neighbourhoods neighbourhoods, ReportingProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.neighbourhoods = neighbourhoods;
		this.properties = properties;
		this.clock = clock;
	}

	/** How a cell is shown: a value, hidden below the threshold, hidden to protect another cell, or not known yet. */
	public enum Mark {

		SHOWN, BELOW_THRESHOLD, SECONDARY, NOT_RECORDED

	}

	/** One cell; the value is null unless it is shown. */
	public record Cell(@Nullable BigDecimal value, Mark mark) {

		static Cell of(Suppression.Mark mark, @Nullable BigDecimal value) {
			return switch (mark) {
				case SHOWN -> value == null ? new Cell(null, Mark.NOT_RECORDED) : new Cell(value, Mark.SHOWN);
				case BELOW_THRESHOLD -> new Cell(null, Mark.BELOW_THRESHOLD);
				case SECONDARY -> new Cell(null, Mark.SECONDARY);
			};
		}

		public boolean shown() {
			return mark == Mark.SHOWN;
		}

	}

	/** One line: a month, a creditor type or a neighbourhood (key), with its label where it has one. */
	public record Row(String key, @Nullable String label, boolean total, Cell signals, Cell perThousand,
			Cell households, Cell reachedShare, Cell acceptedShare, Cell medianDays) {

		/** The cells of the month table, in column order. */
		public List<Cell> monthCells() {
			return List.of(signals, perThousand, households, reachedShare, acceptedShare, medianDays);
		}

		/** The cells of the creditor-type table. */
		public List<Cell> typeCells() {
			return List.of(signals, perThousand);
		}

		/** The cells of the neighbourhood table. */
		public List<Cell> areaCells() {
			return List.of(signals, households, reachedShare, acceptedShare, medianDays);
		}

	}

	public record Table(List<Row> rows, Row total) {

		/** The rows and then the total. */
		public List<Row> all() {
			List<Row> all = new ArrayList<>(rows);
			all.add(total);
			return all;
		}

	}

	/** The population the rates use, with its source; null when the municipality has none configured. */
	public record Population(int count, LocalDate on, String source) {
	}

	public record Figures(MunicipalityCode municipality, int year, int months, int threshold,
			@Nullable Population population, List<MunicipalityCode> choices, Table byMonth, Table byCreditorType,
			Table byNeighbourhood) {
	}

	/** Signals counted per month, creditor type and neighbourhood (id, '' outside all). */
	record SignalTally(LocalDate month, CreditorType type, String neighbourhood, long count) {
	}

	/** Cases counted per month of their first signal and neighbourhood, with what is known of their outcome. */
	record CaseTally(LocalDate month, String neighbourhood, @Nullable Boolean reached, @Nullable Boolean accepted,
			@Nullable Integer daysToContact, long count) {
	}

	/** The figures of one year for one of the viewer's municipalities (the first when none is chosen). */
	@Transactional(readOnly = true)
	public Figures figures(SchakelUser viewer, @Nullable String municipality, int year) {
		List<MunicipalityCode> served = cases.teamMunicipalities(viewer);
		if (served.isEmpty()) {
			throw new AccessDeniedException("Only the vroegsignalering team sees these figures");
		}
		MunicipalityCode chosen = served.stream()
			.filter(m -> m.value().equals(municipality))
			.findFirst()
			.orElse(served.getFirst());
		LocalDate today = LocalDate.now(clock.withZone(ZONE));
		int months = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
		if (months == 0) {
			throw new IllegalArgumentException("The year has not started yet");
		}
		List<Neighbourhood> areas = neighbourhoods.of(chosen);
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		ReportingProperties.Inhabitants inhabitants = properties.figures().inhabitantsOf(chosen.value());
		Population population = inhabitants == null ? null
				: new Population(inhabitants.count(), inhabitants.on(), inhabitants.source());
		return compute(chosen, year, months, properties.figures().threshold(), population, served, areas,
				signals(chosen, areas, from, to), caseTallies(chosen, areas, from, to));
	}

	static Figures compute(MunicipalityCode municipality, int year, int months, int threshold,
			@Nullable Population population, List<MunicipalityCode> choices, List<Neighbourhood> areas,
			List<SignalTally> signals, List<CaseTally> caseTallies) {
		List<String> monthKeys = new ArrayList<>();
		for (int m = 1; m <= months; m++) {
			monthKeys.add(YearMonth.of(year, m).toString());
		}
		Table byMonth = table(monthKeys, k -> null, signals, caseTallies, s -> YearMonth.from(s.month()).toString(),
				c -> YearMonth.from(c.month()).toString(), threshold, population, 1, true);
		List<String> typeKeys = java.util.Arrays.stream(CreditorType.values()).map(Enum::name).toList();
		Table byType = table(typeKeys, k -> null, signals, List.of(), s -> s.type().name(), c -> "", threshold,
				population, months, false);
		List<String> areaKeys = new ArrayList<>(areas.stream().map(Neighbourhood::id).toList());
		areaKeys.add("");
		Map<String, String> names = new LinkedHashMap<>();
		areas.forEach(n -> names.put(n.id(), n.name()));
		Table byArea = table(areaKeys, names::get, signals, caseTallies, SignalTally::neighbourhood,
				CaseTally::neighbourhood, threshold, null, months, true);
		return new Figures(municipality, year, months, threshold, population, choices, byMonth, byType, byArea);
	}

	/** Sums of one row before suppression. */
	private record Sums(long signals, long households, long reachKnown, long reached, long acceptKnown,
			long accepted, List<long[]> days) {

		static Sums of(List<SignalTally> signals, List<CaseTally> caseTallies) {
			long s = signals.stream().mapToLong(SignalTally::count).sum();
			long h = 0;
			long rk = 0;
			long r = 0;
			long ak = 0;
			long a = 0;
			List<long[]> days = new ArrayList<>();
			for (CaseTally c : caseTallies) {
				h += c.count();
				if (c.reached() != null) {
					rk += c.count();
					if (c.reached()) {
						r += c.count();
						if (c.accepted() != null) {
							ak += c.count();
							a += c.accepted() ? c.count() : 0;
						}
					}
				}
				if (c.daysToContact() != null) {
					days.add(new long[] { c.daysToContact(), c.count() });
				}
			}
			return new Sums(s, h, rk, r, ak, a, days);
		}

		long contacted() {
			return days.stream().mapToLong(d -> d[1]).sum();
		}

	}

	private static Table table(List<String> keys, Function<String, @Nullable String> labels,
			List<SignalTally> signals, List<CaseTally> caseTallies, Function<SignalTally, String> signalKey,
			Function<CaseTally, String> caseKey, int threshold, @Nullable Population population, int rateMonths,
			boolean withCases) {
		List<Sums> sums = new ArrayList<>();
		for (String key : keys) {
			sums.add(Sums.of(signals.stream().filter(s -> signalKey.apply(s).equals(key)).toList(),
					caseTallies.stream().filter(c -> caseKey.apply(c).equals(key)).toList()));
		}
		Sums total = Sums.of(signals, caseTallies);
		// Rows outside the listed keys (a year's signals are always in its months) do not exist; totals are over all.
		List<Suppression.Mark> signalMarks = Suppression.counts(column(sums, Sums::signals), total.signals(), threshold);
		List<Suppression.Mark> householdMarks = Suppression.counts(column(sums, Sums::households), total.households(),
				threshold);
		Predicate<Sums> reachSensitive = s -> s.reachKnown() < threshold || s.reached() < threshold
				|| s.reachKnown() - s.reached() < threshold;
		Predicate<Sums> acceptSensitive = s -> s.acceptKnown() < threshold || s.accepted() < threshold
				|| s.acceptKnown() - s.accepted() < threshold;
		List<Suppression.Mark> reachMarks = Suppression.protect(column(sums, Sums::reached),
				!reachSensitive.test(total), i -> reachSensitive.test(sums.get(i)));
		List<Suppression.Mark> acceptMarks = Suppression.protect(column(sums, Sums::accepted),
				!acceptSensitive.test(total), i -> acceptSensitive.test(sums.get(i)));
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			Sums s = sums.get(i);
			rows.add(row(keys.get(i), labels.apply(keys.get(i)), false, s, signalMarks.get(i), householdMarks.get(i),
					reachMarks.get(i), acceptMarks.get(i), threshold, population, rateMonths, withCases));
		}
		Row totalRow = row("", null, true, total, mark(total.signals() < threshold), mark(total.households() < threshold),
				mark(reachSensitive.test(total)), mark(acceptSensitive.test(total)), threshold, population,
				rateMonths == 1 ? keys.size() : rateMonths, withCases);
		return new Table(rows, totalRow);
	}

	private static Suppression.Mark mark(boolean sensitive) {
		return sensitive ? Suppression.Mark.BELOW_THRESHOLD : Suppression.Mark.SHOWN;
	}

	private static List<Long> column(List<Sums> sums, Function<Sums, Long> value) {
		return sums.stream().map(value).toList();
	}

	private static Row row(String key, @Nullable String label, boolean isTotal, Sums s, Suppression.Mark signals,
			Suppression.Mark households, Suppression.Mark reach, Suppression.Mark accept, int threshold,
			@Nullable Population population, int rateMonths, boolean withCases) {
		BigDecimal rate = population == null ? null
				: BigDecimal.valueOf(s.signals() * 1000L)
					.divide(BigDecimal.valueOf((long) population.count() * rateMonths), 2, RoundingMode.HALF_UP);
		Cell median = s.contacted() < threshold
				? new Cell(null, s.contacted() == 0 ? Mark.NOT_RECORDED : Mark.BELOW_THRESHOLD)
				: new Cell(BigDecimal.valueOf(median(s.days())), Mark.SHOWN);
		if (!withCases) {
			Cell none = new Cell(null, Mark.NOT_RECORDED);
			return new Row(key, label, isTotal, Cell.of(signals, BigDecimal.valueOf(s.signals())), rate == null ? new Cell(null, Mark.NOT_RECORDED) : Cell.of(signals, rate),
					none,
					none, none, none);
		}
		return new Row(key, label, isTotal, Cell.of(signals, BigDecimal.valueOf(s.signals())), rate == null ? new Cell(null, Mark.NOT_RECORDED) : Cell.of(signals, rate),
				Cell.of(households, BigDecimal.valueOf(s.households())),
				s.reachKnown() == 0 ? new Cell(null, Mark.NOT_RECORDED) : Cell.of(reach, percent(s.reached(), s.reachKnown())),
				s.acceptKnown() == 0 ? new Cell(null, Mark.NOT_RECORDED)
						: Cell.of(accept, percent(s.accepted(), s.acceptKnown())),
				median);
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP);
	}

	/** The weighted median of (days, count) pairs; the lower middle value for an even number. */
	static long median(List<long[]> days) {
		List<long[]> sorted = new ArrayList<>(days);
		sorted.sort(Comparator.comparingLong(d -> d[0]));
		long n = sorted.stream().mapToLong(d -> d[1]).sum();
		long middle = (n + 1) / 2;
		long seen = 0;
		for (long[] d : sorted) {
			seen += d[1];
			if (seen >= middle) {
				return d[0];
			}
		}
		return 0;
	}

	private List<SignalTally> signals(MunicipalityCode municipality, List<Neighbourhood> areas, LocalDate from,
			LocalDate to) {
		List<SignalTally> tallies = new ArrayList<>();
		jdbc.sql("""
				select cast(date_trunc('month', signal_date) as date) as month, creditor_type, pc4, count(*) as n
				from signal where municipality_code = ? and signal_date between ? and ? group by 1, 2, 3""")
			.params(municipality.value(), Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				tallies.add(new SignalTally(rs.getDate("month").toLocalDate(),
						CreditorType.valueOf(rs.getString("creditor_type")),
						SignalRetention.neighbourhoodOf(areas, rs.getInt("pc4")), rs.getLong("n")));
			});
		jdbc.sql("""
				select month, creditor_type, neighbourhood, signals from signal_count
				where municipality_code = ? and month between ? and ?""")
			.params(municipality.value(), Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				tallies.add(new SignalTally(rs.getDate("month").toLocalDate(),
						CreditorType.valueOf(rs.getString("creditor_type")), rs.getString("neighbourhood"),
						rs.getLong("signals")));
			});
		return tallies;
	}

	private List<CaseTally> caseTallies(MunicipalityCode municipality, List<Neighbourhood> areas, LocalDate from,
			LocalDate to) {
		List<CaseTally> tallies = new ArrayList<>();
		jdbc.sql("""
				select c.pc4, min(s.signal_date) as first_signal, p.first_contact_on, p.reached, p.help_accepted
				from signal_case c
				join signal s on s.case_id = c.id
				left join signal_case_progress p on p.case_id = c.id
				where c.municipality_code = ?
				group by c.id, p.first_contact_on, p.reached, p.help_accepted
				having min(s.signal_date) between ? and ?""")
			.params(municipality.value(), Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				LocalDate first = rs.getDate("first_signal").toLocalDate();
				Date contact = rs.getDate("first_contact_on");
				tallies.add(new CaseTally(first.withDayOfMonth(1),
						SignalRetention.neighbourhoodOf(areas, rs.getInt("pc4")), rs.getObject("reached", Boolean.class),
						rs.getObject("help_accepted", Boolean.class),
						contact == null ? null
								: (int) Math.max(0, ChronoUnit.DAYS.between(first, contact.toLocalDate())),
						1));
			});
		jdbc.sql("""
				select month, neighbourhood, reached, help_accepted, days_to_contact, cases from signal_case_count
				where municipality_code = ? and month between ? and ?""")
			.params(municipality.value(), Date.valueOf(from), Date.valueOf(to))
			.query(rs -> {
				tallies.add(new CaseTally(rs.getDate("month").toLocalDate(), rs.getString("neighbourhood"),
						rs.getObject("reached", Boolean.class), rs.getObject("help_accepted", Boolean.class),
						rs.getObject("days_to_contact", Integer.class), rs.getLong("cases")));
			});
		return tallies;
	}

}
