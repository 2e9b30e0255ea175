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
      const topo = await (await fetch("/vendor/world-atlas/countries-50m.json")).json();
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
  // Asks url for what lies in the map's view each time the map stops moving, and hands the
  // answer's field to draw. The box is rounded out to a grid (`screens` tiles of the zoom wide)
  // so small pans repeat a question already answered here; below fromZoom nothing is asked and
  // draw gets [].
  function followView(map, url, field, fromZoom, screens, draw) {
    const cache = new Map();
    let wanted = "";
    async function update() {
      const z = map.getZoom(), b = map.getBounds();
      if (z < fromZoom) { wanted = ""; draw([]); return; }
      const step = screens * Math.max(0.5, 360 / Math.pow(2, z));
      const q = new URLSearchParams({
        west: String(Math.max(-540, Math.floor(b.getWest() / step) * step)),
        east: String(Math.min(540, Math.ceil(b.getEast() / step) * step)),
        south: String(Math.max(-90, Math.floor(b.getSouth() / step) * step)),
        north: String(Math.min(90, Math.ceil(b.getNorth() / step) * step)),
        zoom: String(z)}).toString();
      wanted = q;
      let got = cache.get(q);
      if (!got) {
        try { got = (await api("GET", url + "?" + q))[field]; }
        catch (e) { console.warn(url + " unavailable", e); return; }
        cache.set(q, got);
      }
      if (wanted !== q) return;           // the map moved on while this was on its way
      draw(got);
    }
    map.on("moveend resize", update);
    map.whenReady(update);
  }
  // Lines between provinces (Natural Earth admin-1, from /api/boundaries) for the countries in
  // view, thin and dashed, over the country fills and under the circles, markers and names.
  // From zoom 5, as the provinces' names.
  const PROVINCES_FROM_ZOOM = 5;
  function provinceLines(map) {
    if (!map.getPane("provinces")) {
      const pane = map.createPane("provinces");
      pane.style.zIndex = 260;
      pane.style.pointerEvents = "none";
    }
    const layer = L.layerGroup().addTo(map);
    let shown = null;
    followView(map, "/api/boundaries", "boundaries", PROVINCES_FROM_ZOOM, 2, lines => {
      if (lines === shown) return;        // the same answer: its lines are already drawn
      shown = lines;
      layer.clearLayers();
      for (const c of lines) {
        layer.addLayer(L.geoJSON({type: "MultiLineString", coordinates: c.lines},
                                 {interactive: false, pane: "provinces", className: "province"}));
      }
    });
    return layer;
  }
  function meta(name) {
    const m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : "";
  }
  // -- the base map: borders and place names drawn here, tiles only when the operator set them.
  function baseMap(map, occupied) {
    const tiles = meta("tiles");
    if (tiles) {
      L.tileLayer(tiles, {attribution: meta("tiles-attribution"), maxZoom: 18}).addTo(map);
    } else {
      borders(map);
      provinceLines(map);
    }
    return placeLabels(map, occupied);
  }
  // Place names from /api/places (the gazetteer): capitals, then cities, then towns as the map
  // zooms in, and provinces from zoom 5. Labels that would overlap a more important one are
  // left out, as a printed map does.
  const LABEL_CHAR_PX = {country: 8.5, region: 7.5, capital: 7.5, town: 6.8};
  // occupied(): [LatLng, radius in px] of what is drawn for events (markers, clusters); a town
  // under one is named beside it instead of under it.
  function placeLabels(map, occupied) {
    for (const [name, z] of [["labels", 450], ["toplabels", 650]]) {
      // "labels": over borders and circles, under event markers; "toplabels": a big town's
      // name over the marker or cluster that sits on it (the halo keeps both readable).
      if (!map.getPane(name)) {
        const pane = map.createPane(name);
        pane.style.zIndex = z;
        pane.style.pointerEvents = "none";
      }
    }
    const layer = L.layerGroup().addTo(map);
    let last = [];
    function draw(places) {
      last = places;
      layer.clearLayers();
      const size = map.getSize();
      const marks = (occupied ? occupied() : []).map(([ll, r]) => Object.assign(map.latLngToContainerPoint(ll), {r}));
      // No name under an event marker: the marker's box is taken before any label.
      const taken = marks.map(m => [m.x - m.r + 2, m.y - m.r + 2, m.x + m.r - 2, m.y + m.r - 2]);
      for (const p of places) {
        const pt = map.latLngToContainerPoint([p.lat, p.lon]);
        if (pt.x < 0 || pt.y < 0 || pt.x > size.x || pt.y > size.y) continue;
        const w = p.name.length * (LABEL_CHAR_PX[p.kind] || 7) + 12, hgt = 16;
        const centred = p.kind === "country" || p.kind === "region";
        // A marker on the town itself (the event is there), or on a big town a reader
        // orients by: the name goes just past the marker's edge.
        const big = !centred && (p.kind === "capital" || p.population >= 100000);
        const near = big ? 12 : 5;
        const on = centred ? null : marks.find(m => m.r < 20 && Math.abs(m.x - pt.x) < near && Math.abs(m.y - pt.y) < near);
        const shift = on ? on.x - pt.x + on.r + 2 : 0;
        const box = centred ? [pt.x - w / 2, pt.y - hgt / 2, pt.x + w / 2, pt.y + hgt / 2]
                            : [pt.x - 4 + shift, pt.y - hgt / 2, pt.x + w + shift, pt.y + hgt / 2];
        const clash = t => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3];
        // A big town under a cluster or beside a marker keeps its name, drawn over them;
        // a smaller one gives way, as it does to another name.
        const overMarks = !on && taken.slice(0, marks.length).some(clash);
        if (taken.slice(marks.length).some(clash) || (overMarks && !big)) continue;
        taken.push(box);
        const under = on;
        const el = h("span", {class: "place-label " + p.kind + (under ? " beside" : ""), title: p.name},
                     centred || under ? null : h("i", {class: "dot"}), h("span", {class: "name"}, p.name));
        layer.addLayer(L.marker([p.lat, p.lon], {
          pane: overMarks ? "toplabels" : "labels", interactive: false, keyboard: false,
          icon: L.divIcon({className: "place-label-icon", html: el,
                           iconSize: [Math.round(w), hgt],
                           iconAnchor: centred ? [Math.round(w / 2), hgt / 2] : [4 - shift, hgt / 2]})}));
      }
    }
    followView(map, "/api/places", "places", 0, 1, draw);
    return {layer, redraw: () => draw(last)};
  }
  // -- event markers and their legend: the letter and fill say the type, the ring the status.
  const TYPE_LETTER = {"Battles": "B", "Explosions/Remote violence": "E",
                       "Violence against civilians": "V", "Protests": "P", "Riots": "R",
                       "Strategic developments": "S"};
  const STATUS_WORDS = {claimed: "claimed", corroborated: "corroborated",
                        confirmed: "confirmed", disputed: "disputed", denied: "denied"};
  function markerIcon(ev, extra) {
    const type = ev.frame.event_type || "Strategic developments";
    return L.divIcon({className: "ev-marker ev-" + slug(type) + " st-" + slug(ev.status) + (extra || ""),
                      html: h("b", {}, TYPE_LETTER[type] || "?"), iconSize: [20, 20]});
  }
  function legend(map) {
    const ctl = L.control({position: "topright"});
    ctl.onAdd = () => {
      const box = h("details", {class: "legend", id: "legend"},
        h("summary", {}, "Legend"),
        h("p", {class: "legend-head"}, "Event type"),
        h("ul", {class: "cols"}, ...Object.entries(TYPE_LETTER).map(([t, l]) =>
          h("li", {}, h("span", {class: "ev-marker key ev-" + slug(t)}, h("b", {}, l)), " ", t))),
        h("p", {class: "legend-head"}, "Status (ring)"),
        h("ul", {class: "cols"}, ...Object.entries(STATUS_WORDS).map(([s, words]) =>
          h("li", {}, h("span", {class: "ev-marker key st-" + s}), " ", words))),
        h("p", {class: "legend-head"}, "Places"),
        h("ul", {class: "cols"},
          h("li", {}, h("span", {class: "place-label capital"}, h("i", {class: "dot"}), "Capital")),
          h("li", {}, h("span", {class: "place-label town"}, h("i", {class: "dot"}), "Town")),
          h("li", {}, h("span", {class: "place-label region"}, "Province")),
          h("li", {}, h("span", {class: "province-key"}), " province border"),
          h("li", {}, h("span", {class: "ring-key"}), " may be off by"),
          h("li", {}, h("span", {class: "ev-marker key today"}), " replay's day")));
      if (window.innerWidth > 800) box.open = true;
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    ctl.addTo(map);
    return ctl;
  }
  // Reader's words for a time: "10 May 2016, 14:02 GMT+3" in the browser's own zone.
  function when(iso, withTime) {
    if (!iso) return "";
    const d = new Date(iso);
    if (isNaN(d)) return iso;
    const opts = {day: "numeric", month: "short", year: "numeric"};
    if (withTime !== false) Object.assign(opts, {hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short"});
    return d.toLocaleString(undefined, opts);
  }
  function localTimes(root) {
    for (const t of (root || document).querySelectorAll("time[datetime][data-local]")) {
      t.title = t.getAttribute("datetime");
      t.textContent = when(t.getAttribute("datetime"), t.dataset.local !== "date");
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
  document.addEventListener("DOMContentLoaded", () => { wireSignout(); localTimes(); });
  return {h, api, csrf, uncertaintyKm, borders, baseMap, legend, markerIcon, when, localTimes,
          slug, eventHref, sourceHref};
})();
