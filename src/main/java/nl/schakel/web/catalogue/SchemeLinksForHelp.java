// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.web.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.schakel.region.MunicipalityCode;
import nl.schakel.schemes.SchemeInfo;
import nl.schakel.socialmap.RelatedSchemes;
import nl.schakel.web.ResidentMunicipality;

/**
 * "Regelingen die hierbij passen" on the sociale kaart: the schemes whose related help (the {@code hulp} codes in
 * their files) is the need being looked at, or a narrower need under it.
 */
@Component
class SchemeLinksForHelp implements RelatedSchemes {

	private final SchemeEntries entries;

	private final ResidentMunicipality resident;

	private final Clock clock;

	SchemeLinksForHelp(SchemeEntries entries, ResidentMunicipality resident, Clock clock) {
		this.entries = entries;
		this.resident = resident;
		this.clock = clock;
	}

	@Override
	public List<Link> forNeeds(Collection<String> needCodes, @Nullable String municipality, Locale locale) {
		String place = municipality != null ? municipality : residentMunicipality();
		LocalDate today = LocalDate.now(clock);
		String language = SchemeEntries.language(locale);
		return entries.engine()
			.catalogue(place)
			.stream()
			.filter(info -> SchemeEntries.inForce(info, today) && fits(info, needCodes))
			.map(info -> new Link(SchemeEntries.text(info.name(), language), "/regelingen/" + info.id()))
			.toList();
	}

	private static boolean fits(SchemeInfo info, Collection<String> needCodes) {
		return info.about()
			.help()
			.stream()
			.anyMatch(help -> needCodes.stream().anyMatch(need -> help.equals(need) || help.startsWith(need + ".")));
	}

	private @Nullable String residentMunicipality() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return resident.of(attributes.getRequest()).map(MunicipalityCode::value).orElse(null);
		}
		return null;
	}

}
