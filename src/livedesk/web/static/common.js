// Shared helpers. Every piece of report-derived text reaches the page through textContent,
// never innerHTML, so a "<script>" inside a report is shown, not run.
"use strict";
const LD = (() => {
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") el.className = v;
      else if (k === "text") el.textContent = v;
      else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  function csrf() {
    const m = document.querySelector('meta[name="csrf"]');
    return m ? m.content : "";
  }
  async function api(method, url, body) {
    const opts = {method, headers: {"Accept": "application/json"}, credentials: "same-origin"};
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    if (method !== "GET") opts.headers["X-CSRF-Token"] = csrf();
    const r = await fetch(url, opts);
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.error ? (typeof data.error === "string" ? data.error : JSON.stringify(data.error)) : r.statusText);
    return data;
  }
  // Radius shown around an approximate place, by UCDP where-precision, when none is given.
  const PRECISION_KM = {2: 25, 3: 50, 4: 100, 5: 150, 6: 300};
  function uncertaintyKm(loc) {
    if (!loc) return 0;
    if (loc.uncertainty_km) return loc.uncertainty_km;
    return PRECISION_KM[loc.precision] || 0;
  }
  async function borders(map) {
    // Country borders from world-atlas (Natural Earth), drawn by Leaflet: no tile server.
    try {
      const topo = await (await fetch("/vendor/world-atlas/countries-110m.json")).json();
      const geo = topojson.feature(topo, topo.objects.countries);
      // Rings crossing the antimeridian (Russia, Fiji) would be drawn as lines across the
      // whole map: unwrap their longitudes so they run on past 180. Antarctica wraps the
      // pole and matters little here: leave it out.
      geo.features = geo.features.filter(f => f.id !== "010");
      for (const f of geo.features) {
        const g = f.geometry;
        if (!g) continue;
        const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
        for (const poly of polys) for (const ring of poly) {
          for (let i = 1; i < ring.length; i++) {
            while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
            while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
          }
        }
      }
      // Their own pane under the overlays: they arrive after the events (a fetch away)
      // and would otherwise be drawn over the uncertainty circles.
      if (!map.getPane("borders")) map.createPane("borders").style.zIndex = 250;
      L.geoJSON(geo, {interactive: false, className: "country", pane: "borders"}).addTo(map);
    } catch (e) {
      console.warn("country borders unavailable", e);
    }
  }
  function slug(s) { return String(s || "").toLowerCase().replace(/[^a-z]+/g, "-"); }
  function eventHref(id) { return "/events/" + encodeURIComponent(id); }
  function sourceHref(name) { return "/sources/" + encodeURIComponent(name); }
  function wireSignout() {
    const b = document.getElementById("signout");
    if (b) b.addEventListener("click", async () => {
      try { await api("DELETE", "/api/session"); } finally { location.reload(); }
    });
  }
  document.addEventListener("DOMContentLoaded", wireSignout);
  return {h, api, csrf, uncertaintyKm, borders, slug, eventHref, sourceHref};
})();
