// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import nl.schakel.socialmap.SafeMarkdown;

/**
 * Renders a Thymeleaf template to a tagged, accessible PDF (PDF/UA): the fonts are embedded, the document has a title
 * and a language, images carry alt text and the structure follows the HTML headings. The renderer fetches nothing:
 * images come as data URIs, so a listing's text can never make the server request a URL.
 */
@Component
class PdfRenderer {

	/** The one font family of paper output, bundled under the SIL Open Font License (see fonts/README.md). */
	static final String FONT_FAMILY = "Atkinson Hyperlegible";

	private final ITemplateEngine templates;

	private final SafeMarkdown markdown;

	private final byte[] regular;

	private final byte[] bold;

	private final String stylesheet;

	PdfRenderer(ITemplateEngine templates, SafeMarkdown markdown) {
		this.templates = templates;
		this.markdown = markdown;
		this.regular = resource("/socialmap/paper/fonts/AtkinsonHyperlegible-Regular.ttf");
		this.bold = resource("/socialmap/paper/fonts/AtkinsonHyperlegible-Bold.ttf");
		this.stylesheet = new String(resource("/socialmap/paper/paper.css"), StandardCharsets.UTF_8);
	}

	/** Paper sizes the booklet and poster come in, with the CSS page size. */
	enum Size {

		A5("A5"), A4("A4"), A3("A3");

		final String css;

		Size(String css) {
			this.css = css;
		}

	}

	byte[] render(String template, Map<String, Object> variables, Locale locale, Size size) {
		var context = new Context(locale, variables);
		context.setVariable("css", stylesheet + "\n@page { size: " + size.css + "; }\n");
		context.setVariable("size", size.name());
		// Listing texts may carry a little Markdown; paper gets its plain text (links keep their address).
		context.setVariable("markdown", markdown);
		String html = templates.process(template, context);
		var pdf = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer("Schakel");
			builder.withHtmlContent(html, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pdf.toByteArray();
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException(path + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
