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

// Print and share (sociale kaart). Without JavaScript the page offers a PDF link, a mailto: link and the URL to copy;
// with it, buttons for the browser's print dialog, the phone's share sheet and copying the link appear as well.
function schakelShowPrintAndShare() {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
  });
  document.querySelectorAll("[data-share]").forEach(function (button) {
    button.hidden = typeof navigator.share !== "function";
  });
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = !(navigator.clipboard && window.isSecureContext);
  });
}
document.addEventListener("DOMContentLoaded", schakelShowPrintAndShare);
document.addEventListener("htmx:afterSettle", schakelShowPrintAndShare);
document.addEventListener("click", function (event) {
  var target = event.target instanceof Element ? event.target.closest("[data-print],[data-share],[data-copy]") : null;
  if (!target) {
    return;
  }
  if (target.hasAttribute("data-print")) {
    window.print();
  } else if (target.hasAttribute("data-share")) {
    navigator.share({ title: target.getAttribute("data-title"), url: target.getAttribute("data-url") }).catch(function () {
      // The reader closed the share sheet: nothing to do.
    });
  } else if (target.hasAttribute("data-copy")) {
    var field = document.getElementById(target.getAttribute("data-copy"));
    var status = document.querySelector("[data-copied]");
    navigator.clipboard.writeText(field.value).then(function () {
      if (status) {
        status.textContent = status.getAttribute("data-copied");
      }
    });
  }
});
