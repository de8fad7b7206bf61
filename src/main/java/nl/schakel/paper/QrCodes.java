// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes that lead a reader of paper to a page online. Error correction level M survives a crease or a coffee
 * stain; the four-module quiet zone is what phone cameras need to find the code.
 */
public final class QrCodes {

	private static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	public static QrCode encode(String url) {
		return QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
	}

	/** A PNG as a data URI, for the PDF renderer, which must not fetch anything itself. */
	public static String pngDataUri(String url, int pixelsPerModule) {
		QrCode qr = encode(url);
		int side = (qr.size + 2 * QUIET_ZONE) * pixelsPerModule;
		var image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				boolean dark = qr.getModule(x / pixelsPerModule - QUIET_ZONE, y / pixelsPerModule - QUIET_ZONE);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		var png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	/** An SVG path of the dark modules, in module units: sharp at any print size, and no request of its own. */
	public static String svgPath(String url) {
		QrCode qr = encode(url);
		var path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return path.toString();
	}

	/** The width and height of the SVG's view box, quiet zone included. */
	public static int svgSize(String url) {
		return encode(url).size + 2 * QUIET_ZONE;
	}

}
