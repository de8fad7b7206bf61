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

// "Search near me": only offered when the browser can tell where it is. The coordinates are rounded to about
// 100 metres before they leave the device, and go only into this search's link.
function enhanceHere(root) {
  var box = root.querySelector("[data-here]");
  if (!box || !("geolocation" in navigator)) {
    return;
  }
  box.hidden = false;
  var button = box.querySelector("[data-here-button]");
  var status = box.querySelector("[data-here-status]");
  button.addEventListener("click", function () {
    status.textContent = status.getAttribute("data-here-busy");
    navigator.geolocation.getCurrentPosition(function (position) {
      box.querySelector("[data-here-lat]").value = position.coords.latitude.toFixed(3);
      box.querySelector("[data-here-lon]").value = position.coords.longitude.toFixed(3);
      var postcode = document.getElementById("postcode");
      if (postcode) {
        postcode.value = "";
      }
      box.closest("form").requestSubmit();
    }, function () {
      status.textContent = status.getAttribute("data-here-denied");
    }, { maximumAge: 600000, timeout: 15000 });
  });
}

// The map view: the server draws the results as numbered markers; with a tile server configured, Leaflet draws the
// same markers on map tiles. Leaflet is loaded only then, from this site.
function enhanceMap(root) {
  var figure = root.querySelector(".result-map[data-tiles]");
  if (!figure || !figure.getAttribute("data-tiles")) {
    return;
  }
  loadLeaflet(function () {
    var points = Array.prototype.map.call(figure.querySelectorAll(".result-map__points li"), function (li) {
      var link = li.querySelector("a");
      return { lat: Number(li.getAttribute("data-lat")), lon: Number(li.getAttribute("data-lon")),
        number: li.getAttribute("data-number"), href: link.getAttribute("href"), label: link.textContent };
    });
    var holder = document.createElement("div");
    holder.className = "result-map__tiles";
    figure.insertBefore(holder, figure.firstChild);
    figure.classList.add("result-map--tiles");
    var map = L.map(holder, { scrollWheelZoom: false });
    L.tileLayer(figure.getAttribute("data-tiles"), {
      maxZoom: Number(figure.getAttribute("data-max-zoom")) || 18,
      attribution: figure.getAttribute("data-attribution") || ""
    }).addTo(map);
    var bounds = [];
    points.forEach(function (p) {
      var icon = L.divIcon({ className: "result-map__pin", html: "<span>" + p.number + "</span>", iconSize: [28, 28] });
      var marker = L.marker([p.lat, p.lon], { icon: icon, title: p.number + ". " + p.label, alt: p.number + ". " + p.label });
      var link = document.createElement("a");
      link.href = p.href;
      link.textContent = p.label;
      marker.bindPopup(link).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
  });
}

function loadLeaflet(ready) {
  if (window.L) {
    ready();
    return;
  }
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/vendor/leaflet/leaflet.css";
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = "/vendor/leaflet/leaflet.js";
  script.onload = ready;
  document.head.appendChild(script);
}

function enhance() {
  enhanceHere(document);
  enhanceMap(document);
}

document.addEventListener("DOMContentLoaded", enhance);
document.addEventListener("htmx:afterSettle", enhance);

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
