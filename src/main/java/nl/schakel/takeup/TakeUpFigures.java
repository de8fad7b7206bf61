// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.takeup;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous take-up figures from the follow-up answers, per scheme and municipality: how many applied, got it, and
 * what stood in the way. A count below {@link #MIN_CELL} is published as "<10", so a small group cannot be picked out.
 */
@Service
public class TakeUpFigures {

	/** The smallest count shown as a number; the threshold CBS and the Rijk use for small-area statistics. */
	public static final int MIN_CELL = 10;

	private final JdbcClient jdbc;

	TakeUpFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A count as published: the number from {@link #MIN_CELL} up, else hidden. */
	public record Count(long value) {

		public boolean hidden() {
			return value < MIN_CELL;
		}

		@Override
		public String toString() {
			return hidden() ? "<" + MIN_CELL : Long.toString(value);
		}

	}

	/**
	 * The figures of one scheme in one municipality.
	 *
	 * @param municipality CBS code; null for answers without a municipality
	 * @param obstacles per obstacle in {@link Answer#OBSTACLES} order
	 */
	public record Row(String schemeId, @Nullable String municipality, Count answers, Count applied, Count received,
			Count waiting, List<Count> obstacles) {
	}

	/** Every scheme and municipality with answers; only one municipality's when the code is given. */
	@Transactional(readOnly = true)
	public List<Row> rows(@Nullable String municipality) {
		StringBuilder obstacles = new StringBuilder();
		for (String obstacle : Answer.OBSTACLES) {
			obstacles.append(", count(*) filter (where obstacle = '").append(obstacle).append("')");
		}
		return jdbc.sql("select scheme_id, municipality_code, count(*), count(*) filter (where applied),"
				+ " count(*) filter (where received = 'ja'), count(*) filter (where received = 'wacht')" + obstacles
				+ " from takeup_answer where cast(? as text) is null or municipality_code = ?"
				+ " group by scheme_id, municipality_code order by municipality_code nulls last, scheme_id")
			.params(municipality, municipality)
			.query((rs, n) -> {
				List<Count> counts = new java.util.ArrayList<>();
				for (int i = 0; i < Answer.OBSTACLES.size(); i++) {
					counts.add(new Count(rs.getLong(7 + i)));
				}
				return new Row(rs.getString(1), rs.getString(2), new Count(rs.getLong(3)), new Count(rs.getLong(4)),
						new Count(rs.getLong(5)), new Count(rs.getLong(6)), counts);
			})
			.list();
	}

}
