// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.Text;

/**
 * A local scheme file as loaded: the common parts of every scheme file (names, sources, dated parameters, texts of
 * conditions and steps) plus what a municipality declares about its scheme.
 *
 * @param definition the parts shared with national schemes; its conditions are the local conditions' texts
 * @param municipality CBS code, e.g. "0268"
 * @param template how the amount is calculated
 * @param description what the scheme is for, in B1 Dutch and English
 * @param validFrom first day the scheme applies
 * @param validUntil last day it applies; null while it has no end
 * @param apply how to apply
 * @param documents the documents to bring or send
 * @param countsAsIncome whether the money counts as income for other schemes
 * @param conditions per condition id its clause, in file order
 * @param amounts for {@link Template#VAST_BEDRAG}: the first rule whose condition holds gives the amount
 */
public record LocalSchemeDefinition(SchemeDefinition definition, String municipality, Template template,
		Text description, LocalDate validFrom, @Nullable LocalDate validUntil, HowToApply apply, List<Text> documents,
		boolean countsAsIncome, Map<String, Clause> conditions, List<AmountRule> amounts) {

	public LocalSchemeDefinition {
		documents = List.copyOf(documents);
		conditions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conditions));
		amounts = List.copyOf(amounts);
	}

	/** The calculation templates a local scheme can use. */
	public enum Template {

		/**
		 * An income-dependent fixed contribution (individuele inkomenstoeslag, Stadspas, kindpakket, energietoeslag,
		 * collectieve zorgverzekering, sport- en cultuurfonds): an amount per year, per month or per child.
		 */
		VAST_BEDRAG("vast_bedrag"),
		/**
		 * Bijzondere bijstand for one kind of costs with a draagkracht calculation: the part of the net income above
		 * the draagkrachtgrens, times the draagkrachtpercentage, for 12 months, is paid by the household itself.
		 */
		BIJZONDERE_BIJSTAND("bijzondere_bijstand");

		private final String key;

		Template(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}

	}

	/**
	 * How to apply; at least one is given.
	 *
	 * @param link a web page where one applies
	 * @param form a form to download
	 * @param organisation the id of an organisation in the sociale kaart that helps with the application
	 */
	public record HowToApply(@Nullable String link, @Nullable String form, @Nullable String organisation) {
	}

	/**
	 * One amount rule of {@link Template#VAST_BEDRAG}: exactly one of the amounts is set.
	 *
	 * @param when the rule applies when this holds; null for always
	 * @param perYear parameter with the amount per year
	 * @param perMonth parameter with the amount per month
	 * @param perChild parameter with the amount per year for each child in the age range
	 * @param childFrom parameter with the lowest age in months of a child that counts (null: from birth)
	 * @param childBelow parameter with the age in months from which a child no longer counts (null: 18 years)
	 */
	public record AmountRule(@Nullable Clause when, @Nullable String perYear, @Nullable String perMonth,
			@Nullable String perChild, @Nullable String childFrom, @Nullable String childBelow) {
	}

	public String id() {
		return definition.id();
	}

}
