// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap;

import java.net.URI;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tile server of the map view ({@code schakel.map.tiles.url=https://host/{z}/{x}/{y}.png}). Empty by default:
 * then no page asks a third party for anything, and the map view draws the results on a plain background. Set it to
 * a tile server the municipality trusts, such as its own or PDOK's BRT-Achtergrondkaart, or to a path on this host
 * ({@code /tiles/{z}/{x}/{y}.png}) when a reverse proxy serves tiles next to Schakel.
 */
@ConfigurationProperties("schakel.map.tiles")
public record MapTiles(@Nullable String url, @Nullable String attribution, int maxZoom) {

	private static final Pattern TEMPLATE = Pattern.compile(
			"https://[^\\s\"'<>]+|http://localhost(:[0-9]+)?/[^\\s\"'<>]+|/[^/\\s\"'<>][^\\s\"'<>]*");

	public MapTiles {
		url = url == null || url.isBlank() ? null : url.strip();
		attribution = attribution == null ? "" : attribution.strip();
		maxZoom = maxZoom <= 0 ? 18 : maxZoom;
		if (url != null && (!TEMPLATE.matcher(url).matches() || !url.contains("{z}") || !url.contains("{x}")
				|| !url.contains("{y}"))) {
			throw new IllegalArgumentException(
					"schakel.map.tiles.url must be an https URL or a path on this host with {z}, {x} and {y}, "
							+ "for example https://tiles.example.nl/{z}/{x}/{y}.png");
		}
		if (maxZoom > 22) {
			throw new IllegalArgumentException("schakel.map.tiles.max-zoom is at most 22");
		}
	}

	public boolean configured() {
		return url != null;
	}

	/** The scheme, host and port of the tile server, for the Content-Security-Policy; null when none is set. */
	public @Nullable String origin() {
		if (url == null || url.startsWith("/")) {
			return null;
		}
		URI uri = URI.create(url.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{s}", "a"));
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
