// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.organisation;

/**
 * What an API client may do. Scopes are granted per client and checked per endpoint; a creditor's client typically
 * holds only {@link #SIGNALS_WRITE}.
 */
public enum Scope {

	ORGANISATIONS_READ("organisations:read"), SIGNALS_WRITE("signals:write"),

	/** Read the status feedback on the organisation's own signals, e.g. for a collection system. */
	SIGNALS_READ("signals:read"),

	METRICS_READ("metrics:read"),

	/** Import into the sociale kaart (HSDS, datapackage, spreadsheets). */
	DIRECTORY_WRITE("directory:write"),

	/** The DDAS monitoring file of a municipality's vroegsignalering, for CBS (docs/signals.md, "DDAS"). */
	SIGNALS_REPORT("signals:report");

	private final String code;

	Scope(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String authority() {
		return "SCOPE_" + code;
	}

	public static Scope fromCode(String code) {
		for (Scope scope : values()) {
			if (scope.code.equals(code)) {
				return scope;
			}
		}
		throw new IllegalArgumentException("Unknown scope");
	}

}
