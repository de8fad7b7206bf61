// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.region;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The neighbourhoods of the served municipalities; read on almost every search, so kept in memory. */
@Service
@Transactional(readOnly = true)
public class Neighbourhoods {

	private final JdbcClient jdbc;

	private final Municipalities municipalities;

	private volatile @Nullable List<Neighbourhood> all;

	Neighbourhoods(JdbcClient jdbc, Municipalities municipalities) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
	}

	/** All neighbourhoods, by municipality and then name. */
	public List<Neighbourhood> all() {
		List<Neighbourhood> cached = all;
		if (cached == null) {
			cached = List.copyOf(jdbc.sql("""
					select n.id, n.municipality_code, n.name, n.cbs_code, n.postcode_areas
					from neighbourhood n join municipality m on m.code = n.municipality_code
					order by m.name, n.name""").query((rs, row) -> new Neighbourhood(rs.getString("id"),
					new MunicipalityCode(rs.getString("municipality_code")), rs.getString("name"),
					rs.getString("cbs_code"), areas(rs.getArray("postcode_areas")))).list());
			all = cached;
		}
		return cached;
	}

	public Optional<Neighbourhood> byId(String id) {
		return all().stream().filter(n -> n.id().equals(id)).findFirst();
	}

	public List<Neighbourhood> of(MunicipalityCode municipality) {
		return all().stream().filter(n -> n.municipality().equals(municipality)).toList();
	}

	/** The neighbourhoods a postcode lies in; more than one only when configured areas overlap. */
	public List<Neighbourhood> containing(Postcode postcode) {
		return all().stream().filter(n -> n.covers(postcode)).toList();
	}

	/**
	 * Makes these the neighbourhoods of the region: new ones are added, changed ones updated, others removed. Every
	 * neighbourhood must lie in a served municipality.
	 */
	@Transactional
	public void configure(Collection<Neighbourhood> neighbourhoods) {
		var ids = new HashSet<String>();
		for (Neighbourhood n : neighbourhoods) {
			if (!ids.add(n.id())) {
				throw new IllegalArgumentException("Neighbourhood id " + n.id() + " is configured twice");
			}
			boolean served = municipalities.byCode(n.municipality()).map(Municipality::served).orElse(false);
			if (!served) {
				throw new IllegalArgumentException(
						"Neighbourhood " + n.id() + " lies in municipality " + n.municipality() + ", which is not served");
			}
		}
		jdbc.sql("delete from neighbourhood where not (id = any(?))").param(ids.toArray(String[]::new)).update();
		for (Neighbourhood n : neighbourhoods) {
			jdbc.sql("""
					insert into neighbourhood (id, municipality_code, name, cbs_code, postcode_areas)
					values (?, ?, ?, ?, ?)
					on conflict (id) do update set municipality_code = excluded.municipality_code,
					    name = excluded.name, cbs_code = excluded.cbs_code, postcode_areas = excluded.postcode_areas""")
				.params(n.id(), n.municipality().value(), n.name(), n.cbsCode(),
						n.postcodeAreas().stream().sorted().toArray(Integer[]::new))
				.update();
		}
		all = null;
	}

	private static java.util.Set<Integer> areas(Array array) throws SQLException {
		return Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
	}

}
