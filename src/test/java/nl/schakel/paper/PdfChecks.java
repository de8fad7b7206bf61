// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PDF read back as a person and a screen reader would get it: page size, PDF/UA tags, language, title, embedded
 * fonts, and the QR codes decoded. Shared by every test of paper output.
 */
public final class PdfChecks {

	private PdfChecks() {
	}

	public static void assertSize(PDDocument pdf, PDRectangle expected) {
		for (PDPage page : pdf.getPages()) {
			assertThat(page.getMediaBox().getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1f));
			assertThat(page.getMediaBox().getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1f));
		}
	}

	/** PDF/UA basics: tagged (structure tree, marked), a language, a title shown as the window title, fonts embedded. */
	public static void assertAccessible(PDDocument pdf, String language, String title) throws IOException {
		var catalog = pdf.getDocumentCatalog();
		assertThat(catalog.getStructureTreeRoot()).isNotNull();
		assertThat(catalog.getStructureTreeRoot().getK()).isNotNull();
		assertThat(catalog.getMarkInfo()).isNotNull();
		assertThat(catalog.getMarkInfo().isMarked()).isTrue();
		assertThat(catalog.getLanguage()).isEqualTo(language);
		assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);
		assertThat(catalog.getViewerPreferences()).isNotNull();
		assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
		assertThat(catalog.getMetadata()).isNotNull();
		List<String> headings = new ArrayList<>();
		List<String> figures = new ArrayList<>();
		structure(catalog.getStructureTreeRoot().getKids(), headings, figures);
		assertThat(headings).as("headings in the structure tree").isNotEmpty().startsWith("H1");
		for (int i = 1; i < headings.size(); i++) {
			int level = headings.get(i).charAt(1) - '0';
			int previous = headings.get(i - 1).charAt(1) - '0';
			assertThat(level).as("heading %d (%s) after %s skips no level", i, headings.get(i), headings.get(i - 1))
				.isLessThanOrEqualTo(previous + 1);
		}
		assertThat(figures).as("every QR image is a Figure with alt text").isNotEmpty().allMatch(alt -> alt.startsWith("QR"));
		int fonts = 0;
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getFontNames()) {
				var font = resources.getFont(name);
				assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
				assertThat(font.getName()).contains("AtkinsonHyperlegible");
				fonts++;
			}
		}
		assertThat(fonts).isPositive();
	}

	private static void structure(List<Object> kids, List<String> headings, List<String> figures) {
		for (Object kid : kids) {
			if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
				String type = element.getStructureType();
				if (type.matches("H[1-6]")) {
					headings.add(type);
				}
				if (type.equals("Figure")) {
					figures.add(String.valueOf(element.getAlternateDescription()));
				}
				structure(element.getKids(), headings, figures);
			}
		}
	}

	/** The QR images have one pixel per module, which the decoder cannot find its patterns in; so scale them up. */
	private static BufferedImage enlarged(BufferedImage image, int factor) {
		var large = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < large.getHeight(); y++) {
			for (int x = 0; x < large.getWidth(); x++) {
				large.setRGB(x, y, image.getRGB(x / factor, y / factor));
			}
		}
		return large;
	}

	/** Every image that is a QR code, decoded. */
	public static List<String> qrCodes(PDDocument pdf) throws IOException {
		List<String> decoded = new ArrayList<>();
		Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (PDPage page : pdf.getPages()) {
			PDResources resources = page.getResources();
			for (COSName name : resources.getXObjectNames()) {
				if (resources.getXObject(name) instanceof PDImageXObject image && seen.add(image.getCOSObject())) {
					BufferedImage picture = enlarged(image.getImage(), 4);
					int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
					var source = new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels);
					try {
						decoded.add(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
					}
					catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
						decoded.add("unreadable");
					}
				}
			}
		}
		return decoded;
	}

}
