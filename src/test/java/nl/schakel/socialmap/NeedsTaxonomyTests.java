// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NeedsTaxonomyTests {

	private static final String HEADER = "code,parent_code,kind,name_nl,name_en,description_nl,description_en,"
			+ "synonyms_nl,synonyms_en,open_eligibility_code,open_eligibility_name,airs_code,airs_name\n";

	@Test
	void theShippedTaxonomyHasNeedsTargetGroupsNextStepsAndAccessibility() {
		NeedsTaxonomy taxonomy = NeedsTaxonomy.load();
		assertThat(taxonomy.terms(NeedsTaxonomy.NEED)).extracting(NeedsTaxonomy.Term::code).contains("eten", "geld-schulden");
		assertThat(taxonomy.terms(NeedsTaxonomy.TARGET_GROUP)).extracting(NeedsTaxonomy.Term::code)
			.contains("doelgroep-kinderen", "doelgroep-jongeren", "doelgroep-ouderen", "doelgroep-statushouders",
					"doelgroep-minima.werkende-armen", "doelgroep-zzp", "doelgroep-mantelzorgers");
		assertThat(taxonomy.terms(NeedsTaxonomy.NEXT_STEP)).extracting(NeedsTaxonomy.Term::code)
			.contains("stap.binnenlopen", "stap.bellen", "stap.afspraak", "stap.online");
		assertThat(taxonomy.terms(NeedsTaxonomy.ACCESSIBILITY)).extracting(NeedsTaxonomy.Term::code)
			.contains("toegang.rolstoel");
		var walkIn = taxonomy.term("stap.binnenlopen");
		assertThat(taxonomy.termById(walkIn.id().toString())).isEqualTo(walkIn);
	}

	@Test
	void refusesAnUnknownKindOrAParentOfAnotherKind() {
		assertThatThrownBy(() -> NeedsTaxonomy.parse(HEADER + "x,,feeling,X,X,,,,,,,,\n"))
			.hasMessageContaining("unknown kind 'feeling'");
		assertThatThrownBy(() -> NeedsTaxonomy.parse(HEADER + "eten,,need,Eten,Food,,,,,,,,\n"
				+ "eten.stap,eten,next_step,Stap,Step,,,,,,,,\n"))
			.hasMessageContaining("same kind");
		assertThatThrownBy(() -> NeedsTaxonomy.parse(HEADER + "a.b,a,need,B,B,,,,,,,,\n"))
			.hasMessageContaining("needs parent a");
	}

}
