// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.socialmap.web;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Recognises an upload refused for its size, whether Spring or the servlet container (by its own types) refused it. */
final class UploadLimits {

	private UploadLimits() {
	}

	static boolean exceeded(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (cause instanceof MaxUploadSizeExceededException || name.equals("SizeLimitExceededException")
					|| name.equals("FileSizeLimitExceededException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
