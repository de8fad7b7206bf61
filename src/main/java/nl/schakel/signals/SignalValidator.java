// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import nl.schakel.privacy.Bsn;
import nl.schakel.region.Municipality;
import nl.schakel.region.MunicipalityCode;
import nl.schakel.region.Placement;
import nl.schakel.region.Postcode;

/**
 * Checks one signal of a delivery against what the law and the intake format demand. Pure: the region is asked
 * through a function, and every rule takes the reference date {@code today}. Never throws on any JSON: whatever
 * arrives is either an {@link IncomingSignal} or a list of reasons.
 */
final class SignalValidator {

	static final long MAX_AMOUNT_CENTS = 100_000_000_000L;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{6,22}[0-9]");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern ADDITION = Pattern.compile("[A-Za-z0-9 \\-]{0,10}");

	private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

	private final UUID creditor;

	private final LocalDate today;

	private final Function<Postcode, Placement> region;

	private final Set<CreditorType> bsnFrom;

	/** A validator that takes a BSN only from health insurers, the default (docs/signals.md, "BSN"). */
	SignalValidator(UUID creditor, LocalDate today, Function<Postcode, Placement> region) {
		this(creditor, today, region, EnumSet.of(CreditorType.ZORGVERZEKERAAR));
	}

	/** @param bsnFrom the creditor types that may deliver a BSN; any other type's BSN refuses the signal */
	SignalValidator(UUID creditor, LocalDate today, Function<Postcode, Placement> region, Set<CreditorType> bsnFrom) {
		this.creditor = creditor;
		this.today = today;
		this.region = region;
		this.bsnFrom = bsnFrom;
	}

	/** The outcome for one signal: exactly one of the two is set. */
	record Outcome(@Nullable IncomingSignal signal, Set<RefusalReason> reasons) {

		boolean accepted() {
			return signal != null;
		}

	}

	Outcome check(@Nullable JsonNode node) {
		if (node == null || !node.isObject()) {
			return refused(EnumSet.of(RefusalReason.NOT_AN_OBJECT));
		}
		Set<RefusalReason> reasons = EnumSet.noneOf(RefusalReason.class);
		String creditorId = text(node, "creditorId");
		if (present(node, "creditorId") && !creditor.toString().equalsIgnoreCase(String.valueOf(creditorId))) {
			reasons.add(RefusalReason.FOREIGN_CREDITOR);
		}
		CreditorType type = CreditorType.fromCode(lower(text(node, "creditorType"))).orElse(null);
		if (type == null) {
			reasons.add(RefusalReason.CREDITOR_TYPE_INVALID);
		}
		String reference = reference(node);
		if (reference == null) {
			reasons.add(RefusalReason.REFERENCE_INVALID);
		}
		SignalKind kind = SignalKind.fromCode(lower(text(node, "kind"))).orElse(null);
		if (kind == null) {
			reasons.add(RefusalReason.KIND_INVALID);
		}

		JsonNode person = object(node, "person");
		String name = trimmed(text(person, "name"));
		if (name == null || name.length() > 200) {
			reasons.add(RefusalReason.NAME_INVALID);
		}
		LocalDate signalDate = date(node, "signalDate");
		if (signalDate == null || signalDate.isAfter(today)) {
			reasons.add(RefusalReason.SIGNAL_DATE_INVALID);
		}
		LocalDate birthDate = null;
		if (present(person, "birthDate")) {
			birthDate = date(person, "birthDate");
			LocalDate limit = signalDate == null ? today : signalDate;
			if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH) || !birthDate.isBefore(limit)) {
				reasons.add(RefusalReason.BIRTH_DATE_INVALID);
			}
		}
		Bsn bsn = null;
		if (present(person, "bsn")) {
			String raw = text(person, "bsn");
			if (type != null && !bsnFrom.contains(type)) {
				// Only a creditor with a legal basis for the BSN may pass it on; see docs/signals.md, "BSN".
				reasons.add(RefusalReason.BSN_NOT_ALLOWED);
			}
			else if (raw != null && Bsn.isValid(raw)) {
				bsn = Bsn.parse(raw);
			}
			else {
				reasons.add(RefusalReason.BSN_INVALID);
			}
		}

		JsonNode address = object(node, "address");
		Postcode postcode = Postcode.parse(text(address, "postcode"))
			.filter(p -> !p.letters().isEmpty())
			.orElse(null);
		if (postcode == null) {
			reasons.add(RefusalReason.POSTCODE_INVALID);
		}
		Integer houseNumber = integer(address, "houseNumber");
		String addition = present(address, "addition") ? text(address, "addition") : "";
		if (houseNumber == null || houseNumber < 1 || houseNumber > 99_999 || addition == null
				|| !ADDITION.matcher(addition).matches()) {
			reasons.add(RefusalReason.HOUSE_NUMBER_INVALID);
		}
		MunicipalityCode municipality = postcode == null ? null : municipality(postcode, text(address, "municipality"),
				reasons);

		JsonNode contact = object(node, "contact");
		String phone = present(contact, "phone") ? trimmed(text(contact, "phone")) : null;
		if (present(contact, "phone") && (phone == null || !PHONE.matcher(phone).matches())) {
			reasons.add(RefusalReason.PHONE_INVALID);
		}
		String email = present(contact, "email") ? trimmed(text(contact, "email")) : null;
		if (present(contact, "email") && (email == null || email.length() > 254 || !EMAIL.matcher(email).matches())) {
			reasons.add(RefusalReason.EMAIL_INVALID);
		}

		JsonNode arrears = object(node, "arrears");
		Long amount = whole(arrears, "amountCents");
		if (amount == null || amount <= 0 || amount > MAX_AMOUNT_CENTS) {
			reasons.add(RefusalReason.AMOUNT_INVALID);
		}
		LocalDate since = date(arrears, "since");
		if (since == null || (signalDate != null && since.isAfter(signalDate))) {
			reasons.add(RefusalReason.ARREARS_SINCE_INVALID);
		}

		LocalDate endOfSupply = present(node, "endOfSupplyDate") ? date(node, "endOfSupplyDate") : null;
		if (kind == SignalKind.EINDELEVERING) {
			if (endOfSupply == null || (signalDate != null && endOfSupply.isBefore(signalDate))) {
				reasons.add(RefusalReason.END_OF_SUPPLY_DATE_INVALID);
			}
			if (type != null && type != CreditorType.ENERGIELEVERANCIER) {
				reasons.add(RefusalReason.END_OF_SUPPLY_NOT_ENERGY);
			}
		}
		else if (present(node, "endOfSupplyDate")) {
			reasons.add(RefusalReason.END_OF_SUPPLY_DATE_INVALID);
		}

		PriorSteps steps = priorSteps(node, type, signalDate, reasons);

		if (!reasons.isEmpty()) {
			return refused(reasons);
		}
		return new Outcome(new IncomingSignal(reference, type, kind, name, birthDate, bsn, postcode, houseNumber,
				addition.trim(), municipality, phone, email, amount, since, signalDate, endOfSupply, steps),
				Set.of());
	}

	/** The reference alone, for the receipt of a refused signal; null when it is absent or unusable. */
	static @Nullable String reference(@Nullable JsonNode node) {
		String reference = trimmed(text(node, "reference"));
		return reference == null || reference.length() > 100 ? null : reference;
	}

	private @Nullable MunicipalityCode municipality(Postcode postcode, @Nullable String chosen,
			Set<RefusalReason> reasons) {
		Placement placement = region.apply(postcode);
		return switch (placement) {
			case Placement.Placed placed -> placed.municipality().code();
			case Placement.OutsideRegion outside -> {
				reasons.add(RefusalReason.POSTCODE_OUTSIDE_REGION);
				yield null;
			}
			case Placement.Ambiguous ambiguous -> {
				MunicipalityCode match = ambiguous.candidates()
					.stream()
					.map(Municipality::code)
					.filter(code -> code.value().equals(chosen))
					.findFirst()
					.orElse(null);
				if (match == null) {
					reasons.add(RefusalReason.POSTCODE_AMBIGUOUS);
				}
				yield match;
			}
		};
	}

	/**
	 * Besluit gemeentelijke schuldhulpverlening art. 2: a landlord signals only after steps a–d. For other creditor
	 * types the steps are recorded when given, but their own rules (the afsluit-regelingen) are not checked here.
	 */
	private static @Nullable PriorSteps priorSteps(JsonNode node, @Nullable CreditorType type,
			@Nullable LocalDate signalDate, Set<RefusalReason> reasons) {
		JsonNode steps = node.get("priorSteps");
		boolean landlord = type == CreditorType.WONINGVERHUURDER;
		if (steps == null || steps.isNull()) {
			if (landlord) {
				reasons.add(RefusalReason.PRIOR_STEPS_MISSING);
			}
			return null;
		}
		if (!steps.isObject()) {
			reasons.add(RefusalReason.PRIOR_STEPS_MISSING);
			return null;
		}
		boolean contact = flag(steps, "personalContactAttempted");
		boolean debtHelp = flag(steps, "pointedToDebtHelp");
		LocalDate reminder = date(steps, "writtenReminderDate");
		boolean offered = flag(steps, "offeredToShareData");
		JsonNode objectedNode = steps.get("tenantObjected");
		boolean objectionKnown = objectedNode != null && objectedNode.isBoolean();
		boolean objected = !objectionKnown || objectedNode.booleanValue();
		if (present(steps, "writtenReminderDate") && reminder == null) {
			reasons.add(RefusalReason.PRIOR_STEP_WRITTEN_REMINDER);
		}
		if (landlord) {
			if (!contact) {
				reasons.add(RefusalReason.PRIOR_STEP_PERSONAL_CONTACT);
			}
			if (!debtHelp) {
				reasons.add(RefusalReason.PRIOR_STEP_DEBT_HELP);
			}
			if (reminder == null || (signalDate != null && reminder.isAfter(signalDate))) {
				reasons.add(RefusalReason.PRIOR_STEP_WRITTEN_REMINDER);
			}
			if (!offered) {
				reasons.add(RefusalReason.PRIOR_STEP_OFFER_TO_SHARE);
			}
			if (objected) {
				reasons.add(RefusalReason.TENANT_OBJECTED);
			}
		}
		return new PriorSteps(contact, debtHelp, reminder, offered, objectionKnown && objected);
	}

	private static Outcome refused(Set<RefusalReason> reasons) {
		return new Outcome(null, Set.copyOf(reasons));
	}

	private static boolean present(@Nullable JsonNode node, String field) {
		return node != null && node.has(field) && !node.get(field).isNull();
	}

	private static @Nullable String text(@Nullable JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isString() ? value.asString() : null;
	}

	private static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		return t.isEmpty() ? null : t;
	}

	private static String lower(@Nullable String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable JsonNode object(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isObject() ? value : null;
	}

	private static boolean flag(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isBoolean() && value.booleanValue();
	}

	private static @Nullable Integer integer(@Nullable JsonNode node, String field) {
		Long value = whole(node, field);
		return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
	}

	private static @Nullable Long whole(@Nullable JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
			return null;
		}
		return value.longValue();
	}

	private static @Nullable LocalDate date(@Nullable JsonNode node, String field) {
		String text = text(node, field);
		if (text == null || !ISO_DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
