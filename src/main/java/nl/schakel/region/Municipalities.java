// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** All Dutch municipalities, the ones this installation serves, and placement of residents by postcode. */
@Service
@Transactional(readOnly = true)
public class Municipalities {

	private final JdbcClient jdbc;

	/** Names never change within a run; caching them keeps every page free of a database round trip. */
	private volatile @Nullable Map<MunicipalityCode, String> names;

	private volatile @Nullable List<Municipality> served;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> nameOf(MunicipalityCode code) {
		Map<MunicipalityCode, String> cached = names;
		if (cached == null) {
			cached = all().stream().collect(Collectors.toUnmodifiableMap(Municipality::code, Municipality::name));
			names = cached;
		}
		return Optional.ofNullable(cached.get(code));
	}

	public List<Municipality> all() {
		return jdbc.sql("select code, name, served from municipality where valid_until is null order by name")
			.query(Municipalities::toMunicipality)
			.list();
	}

	/**
	 * The served municipalities, read once: every page with a municipality filter asks for them, and a database
	 * round trip per page exhausted the connection pool under load. {@link #serve} refreshes the list.
	 */
	public List<Municipality> served() {
		List<Municipality> cached = served;
		if (cached == null) {
			cached = jdbc.sql("select code, name, served from municipality where served order by name")
				.query(Municipalities::toMunicipality)
				.list();
			served = List.copyOf(cached);
		}
		return cached;
	}

	public Optional<Municipality> byCode(MunicipalityCode code) {
		return jdbc.sql("select code, name, served from municipality where code = ?")
			.param(code.value())
			.query(Municipalities::toMunicipality)
			.optional();
	}

	public Placement place(Postcode postcode) {
		List<Municipality> candidates = jdbc.sql("""
				select m.code, m.name, m.served from postcode_area p join municipality m on m.code = p.municipality_code
				where p.pc4 = ? and m.served order by m.name""")
			.param(postcode.digits())
			.query(Municipalities::toMunicipality)
			.list();
		return switch (candidates.size()) {
			case 0 -> new Placement.OutsideRegion();
			case 1 -> new Placement.Placed(candidates.getFirst());
			default -> new Placement.Ambiguous(candidates);
		};
	}

	@Transactional
	public void serve(List<MunicipalityCode> codes) {
		jdbc.sql("update municipality set served = (code = any(?))")
			.param(codes.stream().map(MunicipalityCode::value).toArray(String[]::new))
			.update();
		served = null;
	}

	@Transactional
	public void mapPostcodeArea(int pc4, MunicipalityCode code) {
		jdbc.sql("insert into postcode_area (pc4, municipality_code) values (?, ?) on conflict do nothing")
			.params(pc4, code.value())
			.update();
	}

	private static Municipality toMunicipality(ResultSet rs, int row) throws SQLException {
		return new Municipality(new MunicipalityCode(rs.getString("code")), rs.getString("name"),
				rs.getBoolean("served"));
	}

}
