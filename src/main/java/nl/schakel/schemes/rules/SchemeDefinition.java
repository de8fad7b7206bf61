// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
package nl.schakel.schemes.rules;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import nl.schakel.schemes.About;
import nl.schakel.schemes.Source;
import nl.schakel.schemes.Text;

/**
 * A scheme file as loaded: names, sources, dated parameters, and the texts of its conditions and steps. The
 * calculation itself is Java (see docs/adr/0007-regelingen-engine.md).
 *
 * @param file the file name, for errors
 * @param sha256 hash of the file's bytes, part of the rule-set hash
 * @param about what the resident reads besides the rules; null only in tests that build a definition by hand
 */
public record SchemeDefinition(String file, String sha256, String id, Text name, Source source,
		Map<String, Parameter> parameters, List<ConditionDefinition> conditions, List<StepDefinition> steps,
		@Nullable About about) {

	public SchemeDefinition(String file, String sha256, String id, Text name, Source source,
			Map<String, Parameter> parameters, List<ConditionDefinition> conditions, List<StepDefinition> steps) {
		this(file, sha256, id, name, source, parameters, conditions, steps, null);
	}

}
