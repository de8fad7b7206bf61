// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Schakel contributors
// Progressive enhancement only: after htmx swaps in a page, move focus like a full page load would,
// to the error summary when there is one, else to the main content, so screen readers announce it.
document.addEventListener("htmx:afterSettle", function () {
  var target = document.getElementById("fouten") || document.getElementById("inhoud");
  if (target) {
    target.focus();
  }
});
