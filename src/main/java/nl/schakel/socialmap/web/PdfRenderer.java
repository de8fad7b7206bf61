// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.schakel.paper.PaperSize;
import nl.schakel.paper.PdfDocuments;
import nl.schakel.socialmap.SafeMarkdown;

/** The sociale kaart's paper: its stylesheet, and Markdown in listing texts reduced to plain text. */
@Component
class PdfRenderer {

	private final PdfDocuments documents;

	private final SafeMarkdown markdown;

	private final String stylesheet;

	PdfRenderer(PdfDocuments documents, SafeMarkdown markdown) {
		this.documents = documents;
		this.markdown = markdown;
		this.stylesheet = new String(PdfDocuments.resource("/paper/paper.css"), StandardCharsets.UTF_8);
	}

	byte[] render(String template, Map<String, Object> variables, Locale locale, PaperSize size) {
		Map<String, Object> all = new LinkedHashMap<>(variables);
		// Listing texts may carry a little Markdown; paper gets its plain text (links keep their address).
		all.put("markdown", markdown);
		return documents.render(template, all, locale, size, stylesheet);
	}

}
