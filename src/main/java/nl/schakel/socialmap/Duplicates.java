// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Finds organisations and services in an upload that are probably already in the sociale kaart under another id,
 * or twice in the upload: the same normalised name, or a similar name with the same website, phone number or
 * postcode. The curator decides; nothing here changes data.
 */
final class Duplicates {

	/** Words that say nothing about which organisation it is. */
	private static final Set<String> NOISE = Set.of("stichting", "vereniging", "de", "het", "een", "van", "voor", "en",
			"the", "of", "and", "bv", "b.v.", "demo");

	/** What we compare of an organisation or service. */
	record Profile(String table, String id, String name, @Nullable String organizationId, Set<String> signals) {

		String key() {
			return normalise(name);
		}

	}

	private Duplicates() {
	}

	/** Lower case, without accents, punctuation and filler words: "Stichting Voedselbank Nijmegen!" -> "voedselbank nijmegen". */
	static String normalise(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>();
		for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !NOISE.contains(word)) {
				words.add(word);
			}
		}
		return String.join(" ", words);
	}

	static List<DuplicateCandidate> find(List<Profile> incoming, List<Profile> known) {
		Map<String, List<Profile>> index = new LinkedHashMap<>();
		known.forEach(k -> blockingKeys(k).forEach(key -> index.computeIfAbsent(key, x -> new ArrayList<>()).add(k)));
		Set<String> knownIds = new HashSet<>();
		known.forEach(k -> knownIds.add(k.id()));
		List<DuplicateCandidate> candidates = new ArrayList<>();
		Map<String, List<Profile>> seen = new LinkedHashMap<>();
		for (Profile profile : incoming) {
			if (knownIds.contains(profile.id())) {
				// The same object as before: an update, not a duplicate.
				continue;
			}
			Set<Profile> compared = new LinkedHashSet<>();
			for (String key : blockingKeys(profile)) {
				compared.addAll(index.getOrDefault(key, List.of()));
			}
			for (Profile other : compared) {
				String reason = resemblance(profile, other);
				if (reason != null) {
					candidates.add(new DuplicateCandidate(profile.table(), profile.id(), profile.name(), other.id(), other.name(), true,
							reason));
					break;
				}
			}
			Set<Profile> earlier = new LinkedHashSet<>();
			for (String key : blockingKeys(profile)) {
				earlier.addAll(seen.getOrDefault(key, List.of()));
			}
			for (Profile other : earlier) {
				String reason = other.id().equals(profile.id()) ? null : resemblance(profile, other);
				if (reason != null) {
					candidates.add(new DuplicateCandidate(profile.table(), profile.id(), profile.name(), other.id(), other.name(),
							false, reason));
					break;
				}
			}
			blockingKeys(profile).forEach(key -> seen.computeIfAbsent(key, x -> new ArrayList<>()).add(profile));
		}
		return candidates;
	}

	private static Set<String> blockingKeys(Profile profile) {
		Set<String> keys = new LinkedHashSet<>();
		String key = profile.key();
		keys.add(profile.table() + "|name|" + key);
		for (String word : key.split(" ")) {
			if (word.length() >= 4) {
				keys.add(profile.table() + "|word|" + word);
			}
		}
		profile.signals().forEach(s -> keys.add(profile.table() + "|signal|" + s));
		return keys;
	}

	/** Why two objects are probably the same, or null. Services only match within one organisation or by a signal. */
	private static @Nullable String resemblance(Profile a, Profile b) {
		if (!a.table().equals(b.table())) {
			return null;
		}
		boolean sameOrganisation = a.organizationId() != null && a.organizationId().equals(b.organizationId());
		boolean sharedSignal = a.signals().stream().anyMatch(b.signals()::contains);
		double similarity = similarity(a.key(), b.key());
		if (a.key().equals(b.key()) && !a.key().isEmpty()
				&& (a.table().equals("organization") || sameOrganisation || sharedSignal)) {
			return "name";
		}
		if (similarity >= 0.6 && sharedSignal) {
			return "contact";
		}
		if (similarity >= 0.85 && (a.table().equals("organization") || sameOrganisation)) {
			return "similar-name";
		}
		return null;
	}

	/** Dice coefficient of character pairs: 1 for the same text, 0 for nothing in common. */
	static double similarity(String a, String b) {
		if (a.length() < 2 || b.length() < 2) {
			return a.equals(b) ? 1 : 0;
		}
		Map<String, Integer> pairs = new LinkedHashMap<>();
		for (int i = 0; i < a.length() - 1; i++) {
			pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int shared = 0;
		for (int i = 0; i < b.length() - 1; i++) {
			Integer count = pairs.get(b.substring(i, i + 2));
			if (count != null && count > 0) {
				shared++;
				pairs.put(b.substring(i, i + 2), count - 1);
			}
		}
		return 2.0 * shared / (a.length() - 1 + b.length() - 1);
	}

	/** A website as "host", a phone number as its last nine digits, a postcode without spaces: comparable signals. */
	static Set<String> signals(@Nullable String website, List<String> phones, List<String> postcodes) {
		Set<String> signals = new LinkedHashSet<>();
		if (website != null && !website.isBlank()) {
			String host = website.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
			int slash = host.indexOf('/');
			host = slash >= 0 ? host.substring(0, slash) : host;
			if (!host.isBlank()) {
				signals.add("web:" + host);
			}
		}
		for (String phone : phones) {
			String digits = phone.replaceAll("\\D", "");
			if (digits.length() >= 9) {
				signals.add("tel:" + digits.substring(digits.length() - 9));
			}
		}
		for (String postcode : postcodes) {
			String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
			if (compact.length() == 6) {
				signals.add("pc:" + compact);
			}
		}
		return signals;
	}

}
