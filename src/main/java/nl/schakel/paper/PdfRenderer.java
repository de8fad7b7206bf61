// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template to a tagged, accessible PDF (PDF/UA): the fonts are embedded, the document has a title
 * and a language, images carry alt text and the structure follows the HTML headings. The renderer fetches nothing:
 * images come as data URIs, so a text in a document can never make the server request a URL.
 */
@Component
public class PdfRenderer {

	/** The one font family of paper output, bundled under the SIL Open Font License (see paper/fonts/README.md). */
	public static final String FONT_FAMILY = "Atkinson Hyperlegible";

	private final ITemplateEngine templates;

	private final byte[] regular;

	private final byte[] bold;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = resource("/paper/fonts/AtkinsonHyperlegible-Regular.ttf");
		this.bold = resource("/paper/fonts/AtkinsonHyperlegible-Bold.ttf");
	}

	/**
	 * Renders the template with these variables. The template puts {@code css} in a style element; it holds the
	 * caller's stylesheet and the page size, and {@code size} holds the size's name for size-specific styles.
	 */
	public byte[] render(String template, Map<String, Object> variables, Locale locale, String stylesheet,
			PaperSize size) {
		var context = new Context(locale, variables);
		context.setVariable("css", stylesheet + "\n@page { size: " + size.css() + "; }\n");
		context.setVariable("size", size.name());
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

	/** A stylesheet or other text resource on the class path, read once at start. */
	public static String stylesheet(String path) {
		return new String(resource(path), java.nio.charset.StandardCharsets.UTF_8);
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
