// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class OutreachRulesTests {

	@Test
	void aResultFitsOnlyTheKindsOfContactWhereItCanHappen() {
		assertThat(ContactResult.SENT.fits(ContactKind.LETTER)).isTrue();
		assertThat(ContactResult.SENT.fits(ContactKind.PHONE)).isFalse();
		assertThat(ContactResult.SENT.fits(ContactKind.HOME_VISIT)).isFalse();
		assertThat(ContactResult.WRONG_ADDRESS.fits(ContactKind.HOME_VISIT)).isTrue();
		assertThat(ContactResult.WRONG_ADDRESS.fits(ContactKind.EMAIL)).isFalse();
		assertThat(ContactResult.WRONG_CONTACT.fits(ContactKind.PHONE)).isTrue();
		assertThat(ContactResult.WRONG_CONTACT.fits(ContactKind.LETTER)).isFalse();
		for (ContactKind kind : ContactKind.values()) {
			assertThat(ContactResult.REACHED.fits(kind)).isTrue();
			assertThat(ContactResult.NOT_REACHED.fits(kind)).isTrue();
		}
	}

	@Test
	void creditorsLearnOnlyACoarseStatusAndNeverWhyAHouseholdDeclined() {
		assertThat(Arrays.stream(Outcome.values()).filter(o -> o.feedback() == FeedbackStatus.IN_HULPVERLENING))
			.containsExactly(Outcome.HELP_ACCEPTED, Outcome.REFERRED_DEBT_HELP, Outcome.REFERRED_PARTNER);
		assertThat(Outcome.DECLINED.feedback()).isEqualTo(Outcome.ALREADY_SOLVED.feedback())
			.isEqualTo(FeedbackStatus.AFGESLOTEN);
		assertThat(Outcome.NO_CONTACT.feedback()).isEqualTo(FeedbackStatus.GEEN_CONTACT);
	}

	@Test
	void outreachSettingsNeedANumberFrom1To20AndEveryContactDetail() {
		assertThat(OutreachSettings.EXAMPLE.maxAttempts()).isEqualTo(3);
		assertThatThrownBy(() -> new OutreachSettings(0, "Team", "1", "a@b.nl", "Stadhuis", "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutreachSettings(21, "Team", "1", "a@b.nl", "Stadhuis", "x"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutreachSettings(3, "Team", " ", "a@b.nl", "Stadhuis", "x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
