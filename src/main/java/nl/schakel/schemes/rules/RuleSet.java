// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Loads the national scheme files from the classpath ({@code schemes/<id>.yaml}) and builds their rules. A broken
 * file stops the start with its name, line and reason. The hash covers the engine and rule classes and every scheme
 * file, so a result can always be traced to the exact rules that produced it.
 */
public final class RuleSet {

	/** The national schemes, in the order they are shown. */
	private static final List<Entry> NATIONAL = List.of(
			new Entry("zorgtoeslag", (d, built) -> new Zorgtoeslag(d), Zorgtoeslag.class),
			new Entry("algemene-bijstand", (d, built) -> new AlgemeneBijstand(d), AlgemeneBijstand.class),
			new Entry("kindgebonden-budget", (d, built) -> new KindgebondenBudget(d), KindgebondenBudget.class),
			new Entry("huurtoeslag", (d, built) -> new Huurtoeslag(d), Huurtoeslag.class),
			new Entry("kwijtschelding", (d, built) -> new Kwijtschelding(d, (AlgemeneBijstand) built.get("algemene-bijstand")),
					Kwijtschelding.class),
			new Entry("kinderopvangtoeslag", (d, built) -> new Kinderopvangtoeslag(d), Kinderopvangtoeslag.class));

	/** How to build one scheme's rules from its file and the schemes built before it. */
	private record Entry(String id, BiFunction<SchemeDefinition, Map<String, Scheme<?>>, Scheme<?>> rules,
			Class<? extends Scheme<?>> type) {
	}

	private final List<Scheme<?>> schemes;

	private final String hash;

	private RuleSet(List<Scheme<?>> schemes, String hash) {
		this.schemes = List.copyOf(schemes);
		this.hash = hash;
	}

	public static RuleSet national() {
		return load(NATIONAL);
	}

	private static RuleSet load(List<Entry> entries) {
		MessageDigest digest = sha256();
		for (Class<?> engine : List.of(Evaluator.class, Trace.class, Facts.class, Dated.class)) {
			digest.update(classBytes(engine));
		}
		List<Scheme<?>> schemes = new ArrayList<>();
		Map<String, Scheme<?>> built = new HashMap<>();
		for (Entry entry : entries) {
			String file = "schemes/" + entry.id() + ".yaml";
			byte[] content = resource(file);
			SchemeDefinition definition = SchemeFileReader.read(file, content);
			if (!definition.id().equals(entry.id())) {
				throw new RuleFileException(file, 1, "id '" + definition.id() + "' must be '" + entry.id() + "'");
			}
			Scheme<?> scheme = entry.rules().apply(definition, built);
			schemes.add(scheme);
			built.put(entry.id(), scheme);
			digest.update(content);
			digest.update(classBytes(entry.type()));
		}
		return new RuleSet(schemes, HexFormat.of().formatHex(digest.digest()));
	}

	public List<Scheme<?>> schemes() {
		return schemes;
	}

	public String hash() {
		return hash;
	}

	private static byte[] resource(String name) {
		try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new RuleFileException(name, 0, "file not found on the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new RuleFileException(name, 0, "cannot be read: " + ex.getMessage());
		}
	}

	private static byte[] classBytes(Class<?> type) {
		String name = type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
			return in == null ? name.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
		}
		catch (IOException ex) {
			return name.getBytes(StandardCharsets.UTF_8);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
