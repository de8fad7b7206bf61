// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.schakel.SchakelIntegrationTest;
import nl.schakel.socialmap.HsdsSchemas.Kind;

/** A partner's text with HTML or script in it is stored and shown without it; its Markdown still works. */
@SchakelIntegrationTest
class SafeTextsIntegrationTests {

	@Autowired
	Directory directory;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Test
	void scriptInADescriptionIsRemovedOnImportAndTheRestIsShownAsMarkdown() throws Exception {
		UUID serviceId = UUID.randomUUID();
		ObjectNode organisation = json.createObjectNode();
		organisation.put("id", UUID.randomUUID().toString());
		organisation.put("name", "Stichting Veilige Tekst");
		organisation.put("description", "Een demo-organisatie.");
		ObjectNode service = organisation.putArray("services").addObject();
		service.put("id", serviceId.toString());
		service.put("name", "Spreekuur veilige tekst");
		service.put("description", "Kom **gratis** langs.<script>document.location='https://evil.example'</script>\n\n"
				+ "- brood\n- groente\n\n<img src=x onerror=alert(1)>[Bel ons](tel:0880001000)");
		service.put("application_process", "Loop binnen. [Meer](javascript:alert(1))");
		service.put("status", "active");

		ImportReport report = directory.importDocument(Kind.ORGANIZATION, organisation, "test");

		assertThat(report.warnings()).anyMatch(w -> w.contains("/services/0/description") && w.contains("HTML removed"));
		String stored = directory.service(serviceId).orElseThrow().get("description").asString();
		assertThat(stored).doesNotContain("<script", "evil.example", "<img", "onerror").contains("**gratis**");

		String page = mvc.perform(get("/hulp/" + serviceId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<strong>gratis</strong>", "<li>brood</li>", "href=\"tel:0880001000\"")
			.doesNotContain("evil.example", "onerror", "javascript:alert");
	}

}
