// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The texts of listings (descriptions, how to apply, ...) are plain text with a small, safe part of Markdown:
 * paragraphs, line breaks, bullet and numbered lists, *emphasis*, **bold** and links to web, mail and phone
 * addresses. HTML never survives: {@link #clean} removes it when a listing is imported, and {@link #html} escapes any
 * that is left when a text is shown. Headings, images, code blocks and quotes are shown as plain text, so a partner
 * cannot change the layout of a page.
 */
@Component
public final class SafeMarkdown {

	/** Script and style elements go with their content; their text is code, not information for a resident. */
	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?(</\\1\\s*>|$)");

	/** Tags, comments, processing instructions and CDATA, in the shapes HTML parsers accept. */
	private static final Pattern TAG = Pattern.compile("(?s)<!--.*?(-->|$)|<!\\[CDATA\\[.*?(]]>|$)|<[!?][^>]*>|</?[A-Za-z][^>]*>");

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

	private final Parser parser = Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new UrlSanitizer() {

			@Override
			public String sanitizeLinkUrl(String url) {
				return sanitizeUrl(url);
			}

			@Override
			public String sanitizeImageUrl(String url) {
				return "";
			}

		})
		.softbreak("<br>")
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if ("a".equals(tagName)) {
				if (attributes.getOrDefault("href", "").isEmpty()) {
					attributes.remove("href");
				}
				attributes.put("class", "utrecht-link");
				attributes.put("rel", "nofollow noopener");
			}
		})
		.nodeRendererFactory(ImageAsText::new)
		.build();

	private final TextContentRenderer textRenderer = TextContentRenderer.builder().build();

	/** The text without any HTML: what an import stores. Texts without a tag come back unchanged. */
	public static String clean(String text) {
		if (text.indexOf('<') < 0) {
			return text;
		}
		String withoutScripts = SCRIPT_OR_STYLE.matcher(text).replaceAll("");
		return TAG.matcher(withoutScripts).replaceAll("").strip();
	}

	/** Whether {@link #clean} would change the text. */
	public static boolean hasHtml(String text) {
		return !clean(text).equals(text);
	}

	/** Safe HTML for a page: the Markdown subset rendered, everything else escaped. */
	public String html(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return renderer.render(parser.parse(text)).strip();
	}

	/**
	 * The text as plain text for paper: the Markdown marks go, the words, list items and the addresses of links stay,
	 * since a reader of paper cannot click.
	 */
	public String text(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return textRenderer.render(parser.parse(text)).strip();
	}

	private static String sanitizeUrl(String url) {
		String trimmed = url.strip();
		int colon = trimmed.indexOf(':');
		if (colon > 0) {
			String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
			if (SAFE_SCHEMES.contains(scheme)) {
				return trimmed;
			}
		}
		return "";
	}

	/** An image becomes its description as text: no third-party requests, no layout changes. */
	private static final class ImageAsText implements NodeRenderer {

		private final HtmlNodeRendererContext context;

		ImageAsText(HtmlNodeRendererContext context) {
			this.context = context;
		}

		@Override
		public Set<Class<? extends Node>> getNodeTypes() {
			return Set.of(Image.class);
		}

		@Override
		public void render(Node node) {
			StringBuilder alt = new StringBuilder();
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text text) {
					alt.append(text.getLiteral());
				}
			}
			context.getWriter().text(alt.toString());
		}

	}

}
