// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.schakel.socialmap.ServiceListing.Opening;
import nl.schakel.socialmap.ServiceListing.Place;

/**
 * A national-scale sociale kaart that does not exist: services at locations spread over the Netherlands the way
 * people live, with Dutch (and some English) texts built from the needs taxonomy and the word lists below.
 *
 * <p>
 * Every service and every location is computed from the seed and its own number alone, so the same seed gives the
 * same directory byte for byte, in any order, and nothing has to be held in memory: the index and PostgreSQL each
 * read the directory by generating it again.
 */
final class SyntheticDirectory {

	/** Lower-left and upper-right corner of the Netherlands, as the benchmark brief fixes them. */
	static final double MIN_LAT = 50.75, MAX_LAT = 53.5, MIN_LON = 3.36, MAX_LON = 7.22;

	/**
	 * Population centres: CBS municipality name, approximate centre (WGS84), inhabitants in thousands (rounded, CBS
	 * 2024) and the first two digits of their postcodes. Locations cluster around these, weighted by inhabitants.
	 */
	record Centre(String municipality, double latitude, double longitude, int thousands, int postcodeArea) {
	}

	static final List<Centre> CENTRES = List.of(new Centre("Amsterdam", 52.370, 4.895, 930, 10),
			new Centre("Rotterdam", 51.922, 4.479, 670, 30), new Centre("'s-Gravenhage", 52.078, 4.288, 560, 25),
			new Centre("Utrecht", 52.091, 5.122, 370, 35), new Centre("Eindhoven", 51.441, 5.478, 240, 56),
			new Centre("Groningen", 53.219, 6.567, 240, 97), new Centre("Tilburg", 51.560, 5.091, 225, 50),
			new Centre("Almere", 52.370, 5.215, 220, 13), new Centre("Breda", 51.589, 4.776, 185, 48),
			new Centre("Nijmegen", 51.842, 5.853, 180, 65), new Centre("Apeldoorn", 52.211, 5.969, 165, 73),
			new Centre("Arnhem", 51.985, 5.899, 165, 68), new Centre("Haarlem", 52.387, 4.646, 165, 20),
			new Centre("Enschede", 52.221, 6.893, 160, 75), new Centre("Amersfoort", 52.156, 5.388, 160, 38),
			new Centre("Zaanstad", 52.438, 4.826, 160, 15), new Centre("'s-Hertogenbosch", 51.697, 5.304, 160, 52),
			new Centre("Haarlemmermeer", 52.302, 4.690, 160, 21), new Centre("Zwolle", 52.517, 6.083, 130, 80),
			new Centre("Leiden", 52.160, 4.497, 125, 23), new Centre("Zoetermeer", 52.057, 4.493, 125, 27),
			new Centre("Maastricht", 50.851, 5.691, 120, 62), new Centre("Dordrecht", 51.813, 4.690, 120, 33),
			new Centre("Ede", 52.040, 5.665, 120, 67), new Centre("Leeuwarden", 53.201, 5.800, 125, 89),
			new Centre("Alphen aan den Rijn", 52.129, 4.656, 115, 24), new Centre("Alkmaar", 52.632, 4.748, 110, 18),
			new Centre("Emmen", 52.785, 6.897, 107, 78), new Centre("Delft", 52.012, 4.357, 105, 26),
			new Centre("Venlo", 51.370, 6.172, 100, 59), new Centre("Deventer", 52.255, 6.163, 100, 74),
			new Centre("Helmond", 51.479, 5.656, 93, 57), new Centre("Oss", 51.765, 5.518, 93, 53),
			new Centre("Amstelveen", 52.303, 4.863, 92, 11), new Centre("Hilversum", 52.223, 5.176, 92, 12),
			new Centre("Heerlen", 50.888, 5.980, 87, 64), new Centre("Sittard-Geleen", 51.000, 5.869, 92, 61),
			new Centre("Assen", 52.993, 6.562, 68, 94), new Centre("Middelburg (Z.)", 51.499, 3.610, 49, 43),
			new Centre("Vlissingen", 51.442, 3.573, 45, 43), new Centre("Den Helder", 52.958, 4.760, 56, 17),
			new Centre("Tiel", 51.887, 5.428, 42, 40), new Centre("Roermond", 51.194, 5.987, 59, 60),
			new Centre("Goes", 51.504, 3.889, 38, 44), new Centre("Terneuzen", 51.335, 3.828, 54, 45),
			new Centre("Harderwijk", 52.342, 5.620, 48, 38), new Centre("Lelystad", 52.518, 5.471, 80, 82),
			new Centre("Hoorn", 52.643, 5.060, 74, 16), new Centre("Purmerend", 52.505, 4.959, 93, 14),
			new Centre("Schiedam", 51.919, 4.399, 80, 31), new Centre("Nissewaard", 51.845, 4.329, 86, 32),
			new Centre("Gouda", 52.012, 4.711, 75, 28), new Centre("Veenendaal", 52.028, 5.559, 67, 39),
			new Centre("Doetinchem", 51.965, 6.289, 58, 70), new Centre("Hengelo (O.)", 52.266, 6.793, 81, 75),
			new Centre("Almelo", 52.357, 6.662, 73, 76), new Centre("Smallingerland", 53.107, 6.098, 56, 92),
			new Centre("Heerenveen", 52.960, 5.920, 51, 84), new Centre("Súdwest-Fryslân", 53.033, 5.659, 90, 86),
			new Centre("Weert", 51.252, 5.706, 50, 60), new Centre("Bergen op Zoom", 51.495, 4.291, 68, 46),
			new Centre("Roosendaal", 51.531, 4.465, 77, 47), new Centre("Kampen", 52.555, 5.911, 55, 82),
			new Centre("Meppel", 52.696, 6.194, 34, 79), new Centre("Hoogeveen", 52.722, 6.476, 55, 79),
			new Centre("Winterswijk", 51.972, 6.720, 29, 71), new Centre("Zutphen", 52.138, 6.201, 48, 72));

	// Word lists for the texts, composed for this benchmark.
	private static final List<String> ORGANISATION_KINDS = List.of("Stichting", "Vereniging", "Wijkteam", "Buurthuis",
			"Diaconie", "Steunpunt", "Inloophuis", "Welzijn", "Platform", "Huis van de Wijk", "Buurtcentrum",
			"Coöperatie", "Netwerk", "Wijkcentrum", "Kerkgemeenschap", "Humanitaire stichting");

	private static final List<String> ORGANISATION_NAMES = List.of("De Linde", "De Brug", "Het Anker", "De Haven",
			"De Bron", "De Vonk", "Het Kompas", "De Wissel", "De Kern", "Het Baken", "De Horizon", "De Regenboog",
			"Samen Sterk", "Op Weg", "Nieuw Begin", "De Eik", "De Kastanje", "Het Lichtpunt", "De Sleutel", "Dichtbij",
			"Het Trefpunt", "De Overstap", "Met Elkaar", "De Ontmoeting", "Zonnehoek", "De Molen", "Het Veer",
			"De Boog", "Goed Buur", "Vriendenkring", "De Wending", "Thuis in de Wijk", "De Stek", "Het Plein");

	private static final List<String> NEIGHBOURHOODS = List.of("Centrum", "Noord", "Oost", "Zuid", "West",
			"Binnenstad", "Oud-West", "Nieuw-Zuid", "De Akkers", "Kerkwijk", "Molenwijk", "Bloemenbuurt", "Vogelwijk",
			"Stationsbuurt", "Het Zand", "De Hoogte", "Schildersbuurt", "Rivierenbuurt", "Dorp", "Parkwijk", "Heideveld",
			"Boswijk", "Havenkwartier", "De Velden", "Oosterpark", "Kanaleneiland", "Zeeheldenbuurt", "Lindenholt");

	private static final List<String> GROUPS = List.of("ouders", "jongeren", "ouderen", "statushouders",
			"alleenstaanden", "gezinnen", "buurtbewoners", "mantelzorgers", "werkzoekenden", "nieuwkomers", "studenten",
			"zzp'ers", "mensen met een laag inkomen", "alleenstaande ouders", "mensen met een beperking", "iedereen",
			"inwoners van de gemeente", "kinderen en hun ouders", "vrouwen", "mannen", "65-plussers", "tieners");

	private static final List<String> ROLES = List.of("vrijwilliger", "maatschappelijk werker", "buurtcoach",
			"ervaringsdeskundige", "jurist", "budgetcoach", "wijkverpleegkundige", "taalcoach", "consulent",
			"schuldhulpverlener", "jongerenwerker", "sociaal raadsman", "formulierenhulp", "maatje", "begeleider",
			"opbouwwerker", "thuisadministrateur", "klantmanager", "preventiemedewerker", "gastvrouw");

	private static final List<String> PLACE_KINDS = List.of("het buurthuis", "de bibliotheek", "het wijkcentrum",
			"de kerk", "de moskee", "het gemeentehuis", "de basisschool", "de sporthal", "het inloophuis",
			"het gezondheidscentrum", "het dorpshuis", "de speeltuin", "de kantine", "de voedselbank", "ons kantoor");

	private static final List<String> CHANNELS = List.of("de telefoon", "e-mail", "het wijkteam", "de huisarts",
			"het formulier op onze website", "de balie", "WhatsApp", "uw contactpersoon", "school", "de gemeente");

	private static final List<String> PARTNERS = List.of("de gemeente", "de woningcorporatie", "de huisarts",
			"het maatschappelijk werk", "scholen in de buurt", "de bibliotheek", "het UWV", "de kerken in de wijk",
			"de GGD", "het wijkteam", "de voedselbank", "het consultatiebureau", "de thuiszorg", "sportverenigingen");

	private static final List<String> QUALITIES = List.of("gratis", "laagdrempelig", "vertrouwelijk", "persoonlijk",
			"praktisch", "snel", "warm", "onafhankelijk", "deskundig", "vriendelijk", "zonder wachtlijst", "dichtbij",
			"zonder oordeel", "betrouwbaar");

	private static final List<String> ACTIVITIES = List.of("een kop koffie", "een goed gesprek", "samen koken",
			"een wandeling", "hulp bij de post", "een spreekuur", "een cursus", "een workshop", "een inloopochtend",
			"een maaltijd", "een taalles", "huiswerkbegeleiding", "een huisbezoek", "een spelletjesmiddag",
			"een informatieavond", "een training", "een fietsles", "een naaicafé", "een repaircafé", "een moestuin");

	private static final List<String> DAYS_NL = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
			"zaterdag", "zondag");

	private static final List<String> GROUPS_EN = List.of("parents", "young people", "older people", "refugees",
			"families", "neighbours", "carers", "job seekers", "newcomers", "students", "everyone", "single parents");

	private static final List<String> LANGUAGES = List.of("en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "pap", "es");

	private static final double[] LANGUAGE_SHARE = { 0.30, 0.10, 0.08, 0.06, 0.05, 0.03, 0.03, 0.02, 0.02, 0.03 };

	private final NeedsTaxonomy taxonomy;

	private final long seed;

	private final int services;

	private final int locations;

	private final LocalDate referenceDate;

	private final List<NeedsTaxonomy.Term> needs;

	private final List<NeedsTaxonomy.Term> groups;

	private final List<String> municipalities;

	private final Map<String, String> municipalityCodes;

	private final double[] centreShare;

	SyntheticDirectory(NeedsTaxonomy taxonomy, Path municipalitiesCsv, long seed, int services, int locations,
			LocalDate referenceDate) {
		this.taxonomy = taxonomy;
		this.seed = seed;
		this.services = services;
		this.locations = Math.min(locations, services);
		this.referenceDate = referenceDate;
		this.needs = taxonomy.terms().stream().filter(t -> t.kind().equals("need")).toList();
		this.groups = taxonomy.terms().stream().filter(t -> t.kind().equals("target_group")).toList();
		this.municipalityCodes = readMunicipalities(municipalitiesCsv);
		this.municipalities = List.copyOf(municipalityCodes.values());
		for (Centre centre : CENTRES) {
			if (!municipalityCodes.containsKey(centre.municipality())) {
				throw new IllegalStateException("no CBS code for " + centre.municipality());
			}
		}
		this.centreShare = new double[CENTRES.size()];
		double total = CENTRES.stream().mapToInt(Centre::thousands).sum();
		double sum = 0;
		for (int i = 0; i < CENTRES.size(); i++) {
			sum += CENTRES.get(i).thousands() / total;
			centreShare[i] = sum;
		}
	}

	int services() {
		return services;
	}

	int locations() {
		return locations;
	}

	LocalDate referenceDate() {
		return referenceDate;
	}

	/** A location, always the same one for the same number. */
	record Location(UUID id, double latitude, double longitude, String postcode, String municipalityCode) {
	}

	Location location(int number) {
		SplittableRandom random = random(1, number);
		Centre centre = centre(random);
		// Four in five locations are in town (a few km around the centre); the rest in the villages around it.
		double spreadKm = random.nextDouble() < 0.8 ? 3 : 14;
		double lat = clamp(centre.latitude() + random.nextGaussian() * spreadKm / 111.2, MIN_LAT, MAX_LAT);
		double lon = clamp(centre.longitude()
				+ random.nextGaussian() * spreadKm / (111.2 * Math.cos(Math.toRadians(centre.latitude()))), MIN_LON,
				MAX_LON);
		String municipality = spreadKm < 10 ? municipalityCodes.get(centre.municipality())
				: municipalities.get(random.nextInt(municipalities.size()));
		String letters = "ABCDEGHJKLMNPRSTVWXZ";
		String postcode = String.format("%04d%c%c", centre.postcodeArea() * 100 + random.nextInt(100),
				letters.charAt(random.nextInt(letters.length())), letters.charAt(random.nextInt(letters.length())));
		return new Location(new UUID(random.nextLong(), random.nextLong()), round(lat), round(lon), postcode,
				municipality);
	}

	/** A service, always the same one for the same number. */
	ServiceListing service(int number) {
		SplittableRandom random = random(2, number);
		// Every location has at least one service; the rest are spread at random, so some locations are busy.
		Location location = location(number < locations ? number : random.nextInt(locations));
		Centre centre = nearestCentre(location);
		NeedsTaxonomy.Term need = pick(random, needs);
		Set<String> codes = new LinkedHashSet<>();
		codes.add(need.code());
		if (random.nextDouble() < 0.4) {
			codes.add(pick(random, needs).code());
		}
		NeedsTaxonomy.Term group = random.nextDouble() < 0.4 ? pick(random, groups) : null;
		if (group != null) {
			codes.add(group.code());
		}
		List<String> termWords = new ArrayList<>();
		for (String code : codes) {
			termWords.add(taxonomy.term(code).nameNl());
		}
		String place = random.nextBoolean() ? shortName(centre.municipality())
				: shortName(centre.municipality()) + "-" + pick(random, NEIGHBOURHOODS);
		String organization = organisation(number / 10, centre);
		String word = capitalise(pick(random, words(need)));
		String name = switch (random.nextInt(5)) {
			case 0 -> word + " " + place;
			case 1 -> pick(random, ORGANISATION_KINDS) + " " + word + " " + place;
			case 2 -> word + " in " + pick(random, PLACE_KINDS).replaceFirst("^(het|de|ons) ", "") + " " + place;
			case 3 -> "Spreekuur " + need.nameNl().toLowerCase(java.util.Locale.ROOT) + " " + place;
			default -> word + " " + pick(random, ORGANISATION_NAMES);
		};
		String description = description(random, need, group);
		boolean english = random.nextDouble() < 0.25;
		String nameEn = english ? capitalise(pick(random, wordsEn(need))) + " " + place : null;
		String descriptionEn = english ? descriptionEn(random, need) : null;
		Set<String> languages = new LinkedHashSet<>();
		languages.add("nl");
		for (int i = 0; i < LANGUAGES.size(); i++) {
			if (random.nextDouble() < LANGUAGE_SHARE[i] || (english && i == 0)) {
				languages.add(LANGUAGES.get(i));
			}
		}
		boolean free = random.nextDouble() < 0.7;
		List<Opening> openings = openings(random);
		LocalDate verified = random.nextDouble() < 0.05 ? null : referenceDate.minusDays(random.nextInt(900));
		return new ServiceListing(new UUID(random.nextLong(), random.nextLong()), name, description, organization,
				nameEn, descriptionEn, codes, termWords, languages, free,
				List.of(new Place(location.id(), location.latitude(), location.longitude(), location.postcode(),
						location.municipalityCode())),
				openings, verified, true);
	}

	/** All services in order, generated while they are read. */
	Iterable<ServiceListing> all() {
		return () -> new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return next < services;
			}

			@Override
			public ServiceListing next() {
				if (next >= services) {
					throw new NoSuchElementException();
				}
				return service(next++);
			}

		};
	}

	Centre centre(SplittableRandom random) {
		double r = random.nextDouble();
		for (int i = 0; i < centreShare.length; i++) {
			if (r < centreShare[i]) {
				return CENTRES.get(i);
			}
		}
		return CENTRES.getLast();
	}

	private String description(SplittableRandom random, NeedsTaxonomy.Term need, NeedsTaxonomy.Term group) {
		String groupText = group != null ? group.nameNl().toLowerCase(java.util.Locale.ROOT) : pick(random, GROUPS);
		List<String> sentences = new ArrayList<>();
		sentences.add(switch (random.nextInt(4)) {
			case 0 -> "Wij helpen " + groupText + " met " + pick(random, words(need)) + ".";
			case 1 -> "Heeft u vragen over " + pick(random, words(need)) + "? Wij denken met u mee.";
			case 2 -> need.descriptionNl();
			default -> "Voor " + groupText + " die hulp zoeken bij " + pick(random, words(need)) + ".";
		});
		int more = 1 + random.nextInt(3);
		for (int i = 0; i < more; i++) {
			sentences.add(switch (random.nextInt(7)) {
				case 0 -> "Een " + pick(random, ROLES) + " denkt met u mee over " + pick(random, words(need)) + " en "
						+ pick(random, words(pick(random, needs))) + ".";
				case 1 -> "U kunt op " + pick(random, DAYS_NL) + " zonder afspraak binnenlopen in "
						+ pick(random, PLACE_KINDS) + ".";
				case 2 -> "Aanmelden kan via " + pick(random, CHANNELS) + ".";
				case 3 -> "Wij werken samen met " + pick(random, PARTNERS) + " en " + pick(random, PARTNERS) + ".";
				case 4 -> "Onze hulp is " + pick(random, QUALITIES) + " en " + pick(random, QUALITIES) + ".";
				case 5 -> "Er is ook " + pick(random, ACTIVITIES) + " voor " + pick(random, GROUPS) + ".";
				default -> "Samen zoeken we een oplossing die bij u past, ook als het om "
						+ pick(random, words(pick(random, needs))) + " gaat.";
			});
		}
		return String.join(" ", sentences);
	}

	private String descriptionEn(SplittableRandom random, NeedsTaxonomy.Term need) {
		return switch (random.nextInt(3)) {
			case 0 -> "We help " + pick(random, GROUPS_EN) + " with " + pick(random, wordsEn(need)) + ".";
			case 1 -> need.descriptionEn();
			default -> "Questions about " + pick(random, wordsEn(need)) + "? Walk in on "
					+ DayOfWeek.of(1 + random.nextInt(5)).getDisplayName(java.time.format.TextStyle.FULL,
							java.util.Locale.ENGLISH)
					+ ", no appointment needed.";
		} + " Contact us for " + pick(random, wordsEn(pick(random, needs))) + " too.";
	}

	/** Opening hours as services publish them: none, or one period on some weekdays, sometimes an evening too. */
	private static List<Opening> openings(SplittableRandom random) {
		if (random.nextDouble() < 0.15) {
			return List.of();
		}
		List<Opening> openings = new ArrayList<>();
		LocalTime opens = LocalTime.of(8, 30).plusMinutes(30L * random.nextInt(10));
		LocalTime closes = opens.plusHours(2 + random.nextInt(7));
		if (closes.isBefore(opens) || closes.isAfter(LocalTime.of(22, 0))) {
			closes = LocalTime.of(22, 0);
		}
		int lastDay = random.nextDouble() < 0.1 ? 6 : 5;
		for (int day = 1; day <= lastDay; day++) {
			if (random.nextDouble() < 0.6) {
				openings.add(new Opening(DayOfWeek.of(day), opens, closes));
			}
		}
		if (random.nextDouble() < 0.15) {
			openings.add(new Opening(DayOfWeek.of(1 + random.nextInt(5)), LocalTime.of(19, 0), LocalTime.of(21, 30)));
		}
		return openings;
	}

	private String organisation(int number, Centre centre) {
		SplittableRandom random = random(3, number);
		return pick(random, ORGANISATION_KINDS) + " " + pick(random, ORGANISATION_NAMES) + " "
				+ shortName(centre.municipality());
	}

	private static Centre nearestCentre(Location location) {
		Centre best = CENTRES.getFirst();
		double bestDistance = Double.MAX_VALUE;
		for (Centre centre : CENTRES) {
			double dLat = centre.latitude() - location.latitude();
			double dLon = (centre.longitude() - location.longitude()) * 0.62;
			double distance = dLat * dLat + dLon * dLon;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = centre;
			}
		}
		return best;
	}

	static List<String> words(NeedsTaxonomy.Term term) {
		List<String> words = new ArrayList<>(term.synonymsNl());
		words.add(term.nameNl().toLowerCase(java.util.Locale.ROOT));
		return words;
	}

	static List<String> wordsEn(NeedsTaxonomy.Term term) {
		List<String> words = new ArrayList<>(term.synonymsEn());
		words.add(term.nameEn().toLowerCase(java.util.Locale.ROOT));
		return words;
	}

	List<NeedsTaxonomy.Term> needs() {
		return needs;
	}

	SplittableRandom random(int stream, long number) {
		// Mix seed, stream and number so that neighbouring numbers get unrelated sequences.
		return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + stream) ^ mix(number + 0x632BE59BD9B4E019L));
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static <T> T pick(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private static String shortName(String municipality) {
		return municipality.replaceFirst(" \\(.*\\)$", "").replace("'s-Gravenhage", "Den Haag");
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	private static Map<String, String> readMunicipalities(Path csv) {
		try {
			List<List<String>> rows = CsvRows.parse(Files.readString(csv, StandardCharsets.UTF_8));
			return rows.subList(1, rows.size())
				.stream()
				.filter(row -> row.size() >= 3)
				.collect(Collectors.toMap(row -> row.get(2), row -> row.get(1), (a, b) -> a,
						java.util.LinkedHashMap::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
