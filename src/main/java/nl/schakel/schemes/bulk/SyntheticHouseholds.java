// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes synthetic households in the household file format, deterministic by seed, with distributions close to the
 * Dutch population. The shares and their sources are documented in docs/schemes.md, "Synthetic households"; where no
 * source is given there, the figure is our assumption. No real person is in these files.
 *
 * <pre>java ... nl.schakel.schemes.bulk.SyntheticHouseholds &lt;count&gt; &lt;seed&gt; &lt;file&gt;</pre>
 */
public final class SyntheticHouseholds {

	/** Neighbourhood codes the synthetic households spread over: CBS buurt codes in the style of Nijmegen (0268). */
	static final int NEIGHBOURHOODS = 40;

	private final SplittableRandom random;

	public SyntheticHouseholds(long seed) {
		this.random = new SplittableRandom(seed);
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: SyntheticHouseholds <count> <seed> <file>");
			System.exit(2);
		}
		long count = Long.parseLong(args[0]);
		try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
			new SyntheticHouseholds(Long.parseLong(args[1])).write(count, out);
		}
	}

	/** Writes the header and {@code count} households. */
	public void write(long count, Writer target) throws IOException {
		BufferedWriter out = target instanceof BufferedWriter b ? b : new BufferedWriter(target, 1 << 16);
		out.write(String.join(",", HouseholdCsv.COLUMNS));
		out.write('\n');
		StringBuilder b = new StringBuilder(256);
		for (long i = 1; i <= count; i++) {
			b.setLength(0);
			household(i, b);
			out.append(b);
		}
		out.flush();
	}

	private void household(long number, StringBuilder b) {
		double type = random.nextDouble();
		// CBS StatLine 37975 and 37620, 1 January 2024: 39.9% single, 28.5% without children, 24.2% couple with
		// children, 7.4% single parent.
		boolean partner = type >= 0.399 && type < 0.926;
		int children = type < 0.684 ? 0 : 1 + (int) Math.min(3, Math.abs(random.nextGaussian()) * 1.2);
		int applicantAge = children > 0 ? 25 + random.nextInt(30) : 18 + random.nextInt(72);
		// Income class (assumption, see docs): bijstand, around the minimum wage, around modal, above modal.
		double level = random.nextDouble();
		long yearly;
		long net;
		if (level < 0.08) {
			yearly = 14_000_00 + random.nextLong(6_000_00);
			net = 1_100_00 + random.nextLong(400_00);
		}
		else if (level < 0.30) {
			yearly = 22_000_00 + random.nextLong(10_000_00);
			net = 1_700_00 + random.nextLong(500_00);
		}
		else if (level < 0.70) {
			yearly = 35_000_00 + random.nextLong(25_000_00);
			net = 2_300_00 + random.nextLong(1_000_00);
		}
		else {
			yearly = 60_000_00 + random.nextLong(90_000_00);
			net = 3_500_00 + random.nextLong(4_000_00);
		}
		boolean pensioner = applicantAge >= 67;
		if (pensioner) {
			yearly = 20_000_00 + random.nextLong(30_000_00);
			net = 1_500_00 + random.nextLong(1_500_00);
		}
		// Vermogen: skewed; most households below the limits (assumption).
		long assets = (long) (Math.exp(random.nextGaussian() * 1.6 + 9.3) * 100);
		// Tenure (assumption after CBS/WoON): 29% social rent, 13% private rent, 58% owner (no rent).
		double tenure = random.nextDouble();
		long rent = tenure < 0.29 ? 450_00 + random.nextLong(450_00)
				: tenure < 0.42 ? 800_00 + random.nextLong(900_00) : 0;
		long service = rent > 0 ? random.nextLong(60_00) : 0;
		b.append("hh-").append(number).append(',');
		b.append("BU0268").append(String.format("%04d", 100 + random.nextInt(NEIGHBOURHOODS))).append(",0268,");
		person(b, applicantAge, yearly, net, assets);
		if (partner) {
			int partnerAge = Math.max(18, Math.min(95, applicantAge + random.nextInt(11) - 5));
			long partnerYearly = random.nextDouble() < 0.3 ? 0 : yearly / 2 + random.nextLong(yearly / 2 + 1);
			long partnerNet = partnerYearly == 0 ? 0 : net / 2;
			b.append("yes,");
			person(b, partnerAge, partnerYearly, partnerNet, 0);
		}
		else {
			b.append("no,,,,,,,");
		}
		if (children == 0) {
			b.append("none");
		}
		else {
			for (int c = 0; c < children; c++) {
				if (c > 0) {
					b.append(';');
				}
				b.append(Math.max(0, Math.min(17, applicantAge - 20 - random.nextInt(20))));
			}
		}
		b.append(',');
		b.append(random.nextDouble() < 0.03 ? "24" : "none").append(',');
		b.append(',');
		euros(b, rent);
		b.append(',');
		euros(b, service);
		b.append(',');
		euros(b, 350_00 + random.nextLong(500_00));
		b.append(',');
		// Non-take-up: about one in three who get toeslagen already is assumed; these get zorgtoeslag already.
		if (yearly < 40_000_00 && random.nextDouble() < 0.65) {
			b.append("zorgtoeslag");
		}
		b.append('\n');
	}

	private void person(StringBuilder b, int age, long yearly, long net, long assets) {
		b.append(age).append(',');
		euros(b, yearly);
		b.append(',');
		euros(b, net);
		b.append(',');
		euros(b, assets);
		b.append(",yes,").append(age < 67 && random.nextDouble() < 0.7 ? "yes" : "no").append(',');
	}

	private static void euros(StringBuilder b, long cents) {
		b.append(cents / 100).append('.');
		long rest = cents % 100;
		b.append(rest < 10 ? "0" : "").append(rest);
	}

}
