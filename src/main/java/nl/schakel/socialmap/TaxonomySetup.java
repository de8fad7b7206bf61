// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.schakel.socialmap.HsdsSchemas.Kind;

/**
 * Loads Schakel's needs taxonomy into the sociale kaart at every start. The import is idempotent, so an unchanged
 * taxonomy changes nothing and a new version of the file updates the terms it changes.
 */
@Component
@Order(5)
class TaxonomySetup implements ApplicationRunner {

	private final Directory directory;

	private final JsonMapper json;

	private final NeedsTaxonomy taxonomy;

	TaxonomySetup(Directory directory, JsonMapper json, NeedsTaxonomy taxonomy) {
		this.directory = directory;
		this.json = json;
		this.taxonomy = taxonomy;
	}

	@Override
	public void run(ApplicationArguments args) {
		String version = taxonomy.version();
		boolean current = directory.taxonomy(NeedsTaxonomy.TAXONOMY_ID)
			.map(doc -> version.equals(doc.path("version").asString("")))
			.orElse(false);
		if (current) {
			return;
		}
		ObjectNode page = json.createObjectNode();
		var contents = page.putArray("contents");
		for (NeedsTaxonomy.Term term : taxonomy.terms()) {
			ObjectNode doc = contents.addObject();
			doc.put("id", term.id().toString());
			doc.put("code", term.code());
			doc.put("name", term.nameNl());
			doc.put("description", term.descriptionNl());
			if (term.parentCode() != null) {
				doc.put("parent_id", NeedsTaxonomy.termId(term.parentCode()).toString());
			}
			doc.put("taxonomy", "Schakel behoeften en doelgroepen");
			ObjectNode detail = doc.putObject("taxonomy_detail");
			detail.put("id", NeedsTaxonomy.TAXONOMY_ID.toString());
			detail.put("name", "Schakel behoeften en doelgroepen");
			detail.put("description", "Waar hulp over gaat en voor wie (Schakel, socialmap/taxonomy/needs.csv)");
			detail.put("version", version);
			doc.put("language", "nl");
		}
		directory.importDocument(Kind.TAXONOMY_TERM, page, "schakel");
	}

}
