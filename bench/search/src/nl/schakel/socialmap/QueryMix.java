// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import nl.schakel.socialmap.SearchQuery.Near;

/** A fixed, seeded mix of the searches residents and professionals do, the same for both engines. */
final class QueryMix {

	enum Kind {

		TEXT("text only"), TEXT_NEED("text + need filter"), TEXT_NEAR("text + within radius"),
		NEED_NEAR("need + within radius"), OPEN_NEAR("open now + within radius"), TYPO("text with a typo"),
		ENGLISH("English text");

		final String label;

		Kind(String label) {
			this.label = label;
		}

	}

	/** One search: what kind it is and the query both engines answer. */
	record Search(Kind kind, SearchQuery query) {
	}

	private QueryMix() {
	}

	static List<Search> of(SyntheticDirectory directory, long seed, int count) {
		List<Search> searches = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			SplittableRandom random = directory.random(100 + (int) (seed & 0xffff), i);
			Kind kind = Kind.values()[i % Kind.values().length];
			searches.add(new Search(kind, query(directory, random, kind)));
		}
		return searches;
	}

	private static SearchQuery query(SyntheticDirectory directory, SplittableRandom random, Kind kind) {
		NeedsTaxonomy.Term need = SyntheticDirectory.pick(random, directory.needs());
		String word = SyntheticDirectory.pick(random, SyntheticDirectory.words(need));
		String topNeed = need.withAncestors().getFirst();
		return switch (kind) {
			case TEXT -> query(directory, word, Set.of(), null, null, null);
			case TEXT_NEED -> query(directory,
					SyntheticDirectory.pick(random, SyntheticDirectory.words(SyntheticDirectory.pick(random,
							directory.needs()))),
					Set.of(topNeed), null, null, null);
			case TEXT_NEAR -> query(directory, word, Set.of(), near(directory, random, 2 + random.nextInt(9)), null,
					null);
			case NEED_NEAR -> query(directory, null, Set.of(need.code()), near(directory, random, 5 + random.nextInt(11)),
					null, null);
			case OPEN_NEAR -> query(directory, null, Set.of(), near(directory, random, 5),
					DayOfWeek.of(1 + random.nextInt(6)), LocalTime.of(9 + random.nextInt(12), 15 * random.nextInt(4)));
			case TYPO -> query(directory, typo(random, longWord(random, need)), Set.of(), null, null, null);
			case ENGLISH -> query(directory, SyntheticDirectory.pick(random, SyntheticDirectory.wordsEn(need)), Set.of(),
					null, null, null);
		};
	}

	private static SearchQuery query(SyntheticDirectory directory, @Nullable String text, Set<String> codes,
			@Nullable Near near, @Nullable DayOfWeek day, @Nullable LocalTime time) {
		return new SearchQuery(text, codes, null, Set.of(), null, false, near, day, time, directory.referenceDate(), 1, 20);
	}

	/** A point where people live: around a population centre, like the locations themselves. */
	private static Near near(SyntheticDirectory directory, SplittableRandom random, double radiusKm) {
		SyntheticDirectory.Centre centre = directory.centre(random);
		double lat = centre.latitude() + random.nextGaussian() * 3 / 111.2;
		double lon = centre.longitude() + random.nextGaussian() * 3 / (111.2 * Math.cos(Math.toRadians(lat)));
		return new Near(lat, lon, radiusKm);
	}

	private static String longWord(SplittableRandom random, NeedsTaxonomy.Term need) {
		List<String> candidates = SyntheticDirectory.words(need).stream().filter(w -> w.length() >= 6 && !w.contains(" ")).toList();
		return candidates.isEmpty() ? need.nameNl().toLowerCase(Locale.ROOT) : SyntheticDirectory.pick(random, candidates);
	}

	/** One slip of the finger: two letters swapped, one dropped or one replaced by a neighbour on the keyboard. */
	static String typo(SplittableRandom random, String word) {
		int at = 1 + random.nextInt(Math.max(1, word.length() - 2));
		return switch (random.nextInt(3)) {
			case 0 -> word.substring(0, at) + word.charAt(at + 1 < word.length() ? at + 1 : at) + word.charAt(at)
					+ word.substring(Math.min(word.length(), at + 2));
			case 1 -> word.substring(0, at) + word.substring(at + 1);
			default -> word.substring(0, at) + neighbour(word.charAt(at)) + word.substring(at + 1);
		};
	}

	private static char neighbour(char letter) {
		String rows = "qwertyuiopasdfghjklzxcvbnm";
		int at = rows.indexOf(letter);
		return at < 0 ? 'e' : rows.charAt(at + 1 < rows.length() ? at + 1 : at - 1);
	}

}
