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
  let map = null, cluster = null, circles = null;
  if (window.L) {
    map = L.map("map", {attributionControl: true, worldCopyJump: true, minZoom: 1, maxZoom: 12}).setView([30, 20], 2);
    map.attributionControl.setPrefix("Leaflet | borders: Natural Earth");
    LD.borders(map);
    cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
    circles = L.layerGroup();
    map.addLayer(circles);
    map.addLayer(cluster);
  } else {
    document.getElementById("map").textContent = "Map libraries are missing: run npm ci.";
  }

  // -- filters --------------------------------------------------------------------------------
  function filters() {
    const p = new URLSearchParams();
    for (const el of form.elements) {
      if (el.name && el.value) p.set(el.name, el.value);
    }
    return p;
  }
  function fromUrl() {
    const p = new URLSearchParams(location.search);
    for (const el of form.elements) if (el.name && p.has(el.name)) el.value = p.get(el.name);
  }
  let filtered = false;     // a new filter shows all its days, not the old slider position
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    filtered = true;
    const q = filters().toString();
    history.replaceState(null, "", q ? "?" + q : location.pathname);
    load();
  });
  form.addEventListener("reset", () => setTimeout(() => {
    filtered = true;
    history.replaceState(null, "", location.pathname);
    load();
  }));

  // -- rendering ------------------------------------------------------------------------------
  function dateText(f, ev) {
    if (!f.date_start) {
      const first = ev && (ev.reports || []).map(r => r.published).filter(Boolean).sort()[0];
      return first ? "undated, reported " + first.slice(0, 10) : "undated";
    }
    let s = f.date_start;
    if (f.date_end && f.date_end !== f.date_start) s += " to " + f.date_end;
    if (f.date_precision && f.date_precision > 1) s += " (approx.)";
    return s;
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
    const li = h("li", {class: "card ev-" + LD.slug(f.event_type) + (known && !known.has(ev.id) ? " new" : "")
                        + (review ? " review-" + review : ""),
                        tabindex: "0", "data-id": ev.id},
      h("p", {class: "meta"},
        h("time", {}, dateText(f, ev)), " ",
        h("span", {class: "badge " + ev.status}, ev.status),
        review ? h("span", {class: "badge review-" + review}, review) : null,
        ev.stale ? h("span", {class: "badge stale"}, "stale") : null),
      h("h3", {}, h("a", {href: LD.eventHref(ev.id)}, f.summary || f.sub_event_type)),
      h("p", {class: "what"},
        h("span", {class: "type"}, f.sub_event_type),
        loc.name ? [" \u00b7 ", h("span", {class: "place"}, loc.name)] : null,
        f.actor1 ? [" \u00b7 ", h("span", {class: "actors"}, f.actor1 + (f.actor2 ? " v " + f.actor2 : ""))] : null,
        f.fatalities && f.fatalities.best != null ? " \u00b7 " + f.fatalities.best + " killed" : null),
      (ev.claims || []).length ? h("ul", {class: "claims"}, ...ev.claims.map(claimItem)) : null,
      h("p", {class: "sources"}, "Sources: ",
        ...(ev.reports || []).flatMap((r, i) => [i ? ", " : "",
          r.outlet ? h("a", {href: LD.sourceHref(r.outlet)}, r.outlet) : h("span", {}, r.title || r.report_id)])));
    li.addEventListener("click", (e) => { if (e.target.tagName !== "A") select(ev.id, true); });
    return li;
  }
  function popup(ev) {
    const f = ev.frame, loc = f.location || {};
    return h("div", {class: "popup"},
      h("strong", {}, f.sub_event_type), h("br"),
      h("span", {}, (loc.name || "") + " \u00b7 " + dateText(f)), h("br"),
      h("span", {}, f.summary || ""), h("br"),
      h("a", {href: LD.eventHref(ev.id)}, "open"));
  }
  let fitted = false;
  function drawMap() {
    if (!map) return;
    cluster.clearLayers();
    circles.clearLayers();
    markers.clear();
    const upto = slider.valueAsNumber < days.length ? days[slider.valueAsNumber] : null;
    const shown = [];
    for (const ev of events) {
      const loc = ev.frame.location;
      if (!loc || loc.lat == null || loc.lon == null) continue;
      const day = ev.frame.date_start || "";
      if (upto && (!day || day > upto)) continue;
      const today = upto && day === upto;
      const m = L.marker([loc.lat, loc.lon], {
        icon: L.divIcon({className: "ev-marker ev-" + LD.slug(ev.frame.event_type) + (today ? " today" : ""),
                         iconSize: [14, 14]}),
        title: ev.frame.sub_event_type + ": " + (loc.name || ""), keyboard: true});
      m.bindPopup(() => popup(ev));
      m.on("click", () => select(ev.id, false));
      markers.set(ev.id, m);
      shown.push(m);
      const km = LD.uncertaintyKm(loc);
      if (km) circles.addLayer(L.circle([loc.lat, loc.lon], {radius: km * 1000, className: "uncertainty", interactive: false}));
    }
    cluster.addLayers(shown);
    // Open on where the events are, once; after that the analyst's own pan and zoom win.
    if (!fitted && shown.length) {
      map.fitBounds(L.featureGroup(shown).getBounds(), {maxZoom: 7, padding: [40, 40]});
      fitted = true;
    }
  }
  function render() {
    document.getElementById("count").textContent = String(events.length);
    list.replaceChildren(...events.map(card));
    // keep the selection across a live update; drop it (and its popup) when filtered away
    selected = events.findIndex(e => e.id === selectedId);
    if (selected >= 0) list.children[selected].classList.add("selected");
    else if (selectedId && map) { map.closePopup(); selectedId = null; }
    const all = [...new Set(events.map(e => e.frame.date_start).filter(Boolean))].sort();
    const atEnd = filtered || slider.valueAsNumber >= days.length;
    filtered = false;
    days = all;
    slider.max = String(days.length);
    if (atEnd) slider.value = String(days.length);
    showDay();
    drawMap();
  }
  function showDay() {
    const i = slider.valueAsNumber;
    dayLabel.textContent = i < days.length ? "up to " + days[i] : "all days";
  }
  slider.addEventListener("input", () => { showDay(); drawMap(); });

  let playing = null;
  document.getElementById("play").addEventListener("click", () => {
    if (playing) { clearInterval(playing); playing = null; return; }
    if (!days.length) return;
    slider.value = "0"; showDay(); drawMap();
    playing = setInterval(() => {
      if (slider.valueAsNumber >= days.length) { clearInterval(playing); playing = null; return; }
      slider.value = String(slider.valueAsNumber + 1); showDay(); drawMap();
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
