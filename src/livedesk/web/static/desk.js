// The desk page: a timeline and a map that fill themselves from /api/events and follow
// /api/stream, so a report ingested anywhere shows up without a reload.
"use strict";
(() => {
  const {h} = LD;
  const form = document.getElementById("filters");
  const list = document.getElementById("events");
  const slider = document.getElementById("day");
  const dayLabel = document.getElementById("daylabel");
  const live = document.getElementById("live");
  let events = [];
  let known = null;          // ids seen before the latest load: the rest are flagged new
  let days = [];
  let selected = -1, selectedId = null;
  const markers = new Map();

  // -- map ------------------------------------------------------------------------------------
  let map = null, cluster = null, circles = null, labels = null;
  if (window.L) {
    map = L.map("map", {attributionControl: true, worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([30, 20], 2);
    map.attributionControl.setPrefix("Leaflet | borders and provinces: Natural Earth | places: GeoNames");
    // Place names keep clear of what is drawn for events: markers, or the clusters holding them.
    labels = LD.baseMap(map, () => [...new Set([...markers.values()].map(m => cluster.getVisibleParent(m) || m))]
                                     .map(m => [m.getLatLng(), m instanceof L.MarkerCluster ? 20 : 12]));
    LD.legend(map);
    cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
    circles = L.layerGroup();
    map.addLayer(circles);
    map.addLayer(cluster);
  } else {
    document.getElementById("map").textContent = "Map libraries are missing: run npm ci.";
  }

  // -- state kept in the URL: filters, the replay day, the map view, "only what the map shows"
  const inview = document.getElementById("inview");
  function filters() {
    const p = new URLSearchParams();
    for (const el of form.elements) {
      if (el.name && el.value && el.type !== "checkbox") p.set(el.name, el.value);
    }
    return p;
  }
  let wantDay = null;       // the replay day asked for by the URL, applied once the days are known
  let wantView = null;
  function fromUrl() {
    const p = new URLSearchParams(location.search);
    for (const el of form.elements) if (el.name && el.type !== "checkbox" && p.has(el.name)) el.value = p.get(el.name);
    inview.checked = p.get("inview") === "1";
    // On a phone the filters fold away under "Filters" (the map first), unless the view
    // shared with you was filtered.
    const box = document.getElementById("filterbox");
    if (box && window.innerWidth <= 800) box.open = filters().toString() !== "";
    wantDay = p.get("upto");
    const v = (p.get("map") || "").split("/").map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) wantView = v;
  }
  function toUrl() {
    const p = filters();
    const i = slider.valueAsNumber;
    if (i < days.length && !filtered) p.set("upto", days[i]);   // a new filter starts on all days
    if (inview.checked) p.set("inview", "1");
    if (map && fitted) {
      const c = map.getCenter();
      p.set("map", [map.getZoom(), c.lat.toFixed(3), c.lng.toFixed(3)].join("/"));
    }
    const q = p.toString();
    history.replaceState(null, "", q ? "?" + q : location.pathname);
  }
  let filtered = false;     // a new filter shows all its days, not the old slider position
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    filtered = true;
    toUrl();
    load().then(toUrl);
  });
  form.addEventListener("reset", () => setTimeout(() => {
    filtered = true;
    toUrl();
    load().then(toUrl);
  }));
  inview.addEventListener("change", () => { refresh(); toUrl(); });

  // -- rendering ------------------------------------------------------------------------------
  function dateText(f, ev) {
    if (!f.date_start) {
      const first = ev && (ev.reports || []).map(r => r.published).filter(Boolean).sort()[0];
      return first ? "undated, reported " + LD.when(first, false) : "undated";
    }
    let s = LD.when(f.date_start + "T12:00:00", false);
    if (f.date_end && f.date_end !== f.date_start) s += " to " + LD.when(f.date_end + "T12:00:00", false);
    if (f.date_precision && f.date_precision > 1) s += " (approx.)";
    return s;
  }
  // Why an event is listed but not drawn: the map shows places below country level only
  // (precision 7, at sea or in the air, has a real point and stays on it).
  const COUNTRY_KM = 500;     // the gazetteer's uncertainty for a country's point
  function offMap(ev) {
    const f = ev.frame, loc = f.location;
    if (f.background) return "background: mentioned as past context, not as news";
    if (!loc || loc.lat == null || loc.lon == null) return "no place known";
    if ((loc.precision || 1) === 6) return "known only to the country (" + (loc.country || loc.name) + ")";
    // a region wider than a country ("the Middle East"): a point for it would mislead as much
    if ((loc.uncertainty_km || 0) >= COUNTRY_KM) return "known only to a wide region (" + loc.name + ")";
    return null;
  }
  function claimItem(c) {
    const via = (c.via || []).length ? [" via ", (c.via || []).join(" \u2192 ")] : [];
    return h("li", {class: "claim stance-" + c.stance},
      h("a", {href: LD.sourceHref(c.canonical || c.claimant), class: "claimant"}, c.claimant),
      " ", h("span", {class: "stance"}, c.stance), ...via);
  }
  function card(ev) {
    const f = ev.frame, loc = f.location || {};
    const review = ev.review && ev.review.status && ev.review.status !== "unreviewed" ? ev.review.status : null;
    const why = offMap(ev);
    const li = h("li", {class: "card ev-" + LD.slug(f.event_type) + (known && !known.has(ev.id) ? " new" : "")
                        + (review ? " review-" + review : "") + (why ? " offmap" : ""),
                        tabindex: "0", "data-id": ev.id},
      h("p", {class: "meta"},
        h("time", {}, dateText(f, ev)), " ",
        h("span", {class: "badge " + ev.status}, ev.status),
        review ? h("span", {class: "badge review-" + review}, review) : null,
        ev.stale ? h("span", {class: "badge stale"}, "stale") : null),
      h("h3", {}, h("a", {href: LD.eventHref(ev.id)}, ev.headline || f.summary || f.sub_event_type)),
      f.summary && f.summary !== ev.headline ? h("p", {class: "sentence"}, f.summary) : null,
      h("p", {class: "what"},
        h("span", {class: "type"}, f.sub_event_type),
        loc.name ? [" \u00b7 ", h("span", {class: "place"}, loc.name)] : null,
        f.actor1 ? [" \u00b7 ", h("span", {class: "actors"}, f.actor1 + (f.actor2 ? " v " + f.actor2 : ""))] : null,
        f.fatalities && f.fatalities.best != null ? " \u00b7 " + f.fatalities.best + " killed" : null),
      why ? h("p", {class: "offmap-why"}, "Not on the map: " + why) : null,
      (ev.claims || []).length ? h("ul", {class: "claims"}, ...ev.claims.map(claimItem)) : null,
      h("p", {class: "sources"}, "Sources: ",
        ...(ev.reports || []).flatMap((r, i) => [i ? ", " : "",
          r.outlet ? h("a", {href: LD.sourceHref(r.outlet)}, r.outlet) : h("span", {}, r.title || "untitled report")])));
    li.addEventListener("click", (e) => { if (e.target.tagName !== "A") select(ev.id, true); });
    return li;
  }
  function popup(ev) {
    const f = ev.frame, loc = f.location || {};
    return h("div", {class: "popup"},
      h("strong", {}, ev.headline || f.sub_event_type), h("br"),
      h("span", {}, (loc.name || "") + " \u00b7 " + dateText(f)), h("br"),
      h("span", {}, f.summary || ""), h("br"),
      h("a", {href: LD.eventHref(ev.id)}, "open"));
  }
  // -- what is shown: the replay day and (when asked) the map's view filter list and map alike
  function uptoDay() { return slider.valueAsNumber < days.length ? days[slider.valueAsNumber] : null; }
  function byDay(ev) {
    const upto = uptoDay(), day = ev.frame.date_start || "";
    return !upto || (day && day <= upto);
  }
  function inView(ev) {
    if (!inview.checked || !map) return true;
    if (offMap(ev)) return false;
    const loc = ev.frame.location;
    return map.getBounds().contains([loc.lat, loc.lon]);
  }
  let fitted = false;
  function drawMap() {
    if (!map) return;
    cluster.clearLayers();
    circles.clearLayers();
    markers.clear();
    const upto = uptoDay();
    const shown = [];
    for (const ev of events) {
      if (offMap(ev) || !byDay(ev)) continue;
      const loc = ev.frame.location;
      const today = upto && ev.frame.date_start === upto;
      const m = L.marker([loc.lat, loc.lon], {
        icon: LD.markerIcon(ev, today ? " today" : ""),
        title: ev.frame.sub_event_type + ": " + (loc.name || ""), keyboard: true});
      m.bindPopup(() => popup(ev));
      m.on("click", () => select(ev.id, false));
      markers.set(ev.id, m);
      shown.push(m);
      const km = LD.uncertaintyKm(loc);
      if (km) circles.addLayer(L.circle([loc.lat, loc.lon], {radius: km * 1000, className: "uncertainty", interactive: false}));
    }
    cluster.addLayers(shown);
    labels.redraw();
    // Open on where the events are (those with a place below the country), once; after that
    // the analyst's own pan and zoom win. A shared view's own map position wins over both.
    if (!fitted && wantView) {
      fitted = true;                    // before the move: its moveend writes the URL
      map.setView([wantView[1], wantView[2]], wantView[0], {animate: false});
    } else if (!fitted && shown.length) {
      fitted = true;
      map.fitBounds(L.featureGroup(shown).getBounds(), {maxZoom: 7, padding: [40, 40], animate: false});
    }
  }
  function drawList() {
    const visible = events.filter(ev => byDay(ev) && inView(ev));
    const hidden = events.length - visible.length;
    document.getElementById("count").textContent = hidden ? visible.length + " of " + events.length : String(events.length);
    const off = visible.filter(offMap).length;
    document.getElementById("offmap-note").textContent = off
      ? off + " listed but not on the map (greyed): known only to the country, background, or without a place." : "";
    list.replaceChildren(...visible.map(card));
    // keep the selection across a live update; drop it (and its popup) when filtered away
    selected = visible.findIndex(e => e.id === selectedId);
    if (selected >= 0) list.children[selected].classList.add("selected");
    else if (selectedId && map) { map.closePopup(); selectedId = null; }
  }
  function refresh() { showDay(); drawMap(); drawList(); }
  function render() {
    const all = [...new Set(events.map(e => e.frame.date_start).filter(Boolean))].sort();
    const atEnd = filtered || slider.valueAsNumber >= days.length;
    filtered = false;
    days = all;
    slider.max = String(days.length);
    if (wantDay !== null) {
      let i = 0;                        // the last day on or before the one asked for
      days.forEach((d, k) => { if (d <= wantDay) i = k; });
      slider.value = String(i);
      wantDay = null;
    } else if (atEnd) slider.value = String(days.length);
    refresh();
  }
  function showDay() {
    const i = slider.valueAsNumber;
    dayLabel.textContent = i < days.length ? "up to " + days[i] : "all days";
  }
  slider.addEventListener("input", () => { refresh(); toUrl(); });
  if (map) map.on("moveend", () => { if (inview.checked) drawList(); if (fitted) toUrl(); });
  if (cluster) cluster.on("animationend", () => labels.redraw());

  let playing = null;
  document.getElementById("play").addEventListener("click", () => {
    if (playing) { clearInterval(playing); playing = null; return; }
    if (!days.length) return;
    slider.value = "0"; refresh();
    playing = setInterval(() => {
      if (slider.valueAsNumber >= days.length) { clearInterval(playing); playing = null; toUrl(); return; }
      slider.value = String(slider.valueAsNumber + 1); refresh();
    }, 800);
  });

  // -- selection and keys ---------------------------------------------------------------------
  function select(id, pan) {
    selectedId = id;
    const cards = [...list.children];
    selected = cards.findIndex(c => c.dataset.id === id);
    cards.forEach(c => c.classList.toggle("selected", c.dataset.id === id));
    if (selected >= 0) cards[selected].focus({preventScroll: false});
    // A free-standing popup, not the marker's own: the marker may sit inside a cluster that
    // a redraw (live update, slider) replaces while a cluster zoom animation is running.
    const m = markers.get(id), ev = events.find(e => e.id === id);
    if (m && pan && map && ev) {
      map.setView(m.getLatLng(), Math.max(map.getZoom(), 6), {animate: false});
      L.popup().setLatLng(m.getLatLng()).setContent(popup(ev)).openOn(map);
    }
  }
  document.addEventListener("keydown", (e) => {
    if (e.target.closest && e.target.closest("input, select, textarea")) return;
    const cards = [...list.children];
    if (e.key === "/") { e.preventDefault(); form.elements[0].focus(); return; }
    if (!cards.length) return;
    if (e.key === "j" || e.key === "ArrowDown") { e.preventDefault(); select(cards[Math.min(selected + 1, cards.length - 1)].dataset.id, true); }
    else if (e.key === "k" || e.key === "ArrowUp") { e.preventDefault(); select(cards[Math.max(selected - 1, 0)].dataset.id, true); }
    else if (e.key === "Enter" && selected >= 0 && e.target.tagName !== "A") location.href = LD.eventHref(cards[selected].dataset.id);
  });

  // -- data and live updates ------------------------------------------------------------------
  let loading = null, again = false, loadedOnce = false;
  async function load() {
    if (loading) { again = true; return loading; }
    const q = filters();
    q.set("limit", "2000");
    q.delete("upto"); q.delete("inview"); q.delete("map");
    document.getElementById("export-csv").href = "/api/export.csv?" + filters();
    document.getElementById("export-geojson").href = "/api/export.geojson?" + filters();
    loading = (async () => {
      try {
        const data = await LD.api("GET", "/api/events?" + q);
        known = loadedOnce ? new Set(events.map(e => e.id)) : null;
        loadedOnce = true;
        events = data.events;
        render();
      } catch (e) {
        live.textContent = "error: " + e.message;
      }
    })();
    await loading;
    loading = null;
    if (again) { again = false; load(); }
  }
  let timer = null;
  function connect() {
    const es = new EventSource("/api/stream");
    es.addEventListener("hello", () => { live.textContent = "live"; live.className = "live on"; });
    es.addEventListener("change", (e) => {
      const c = JSON.parse(e.data);
      if (!String(c.action).startsWith("event.")) return;
      clearTimeout(timer);
      timer = setTimeout(load, 250);
    });
    es.onerror = () => { live.textContent = "reconnecting"; live.className = "live"; };
  }
  fromUrl();
  load().then(connect);
})();
