// The event page: a small map of the place and the analyst's review forms.
"use strict";
(() => {
  const box = document.getElementById("minimap");
  if (box && window.L) {
    const lat = parseFloat(box.dataset.lat), lon = parseFloat(box.dataset.lon);
    const map = L.map(box, {attributionControl: true, zoomControl: true, minZoom: 1, maxZoom: 12});
    map.attributionControl.setPrefix("Natural Earth | GeoNames");
    LD.baseMap(map, () => (isNaN(lat) || isNaN(lon) ? [] : [[[lat, lon], 12]]));
    if (!isNaN(lat) && !isNaN(lon)) {
      const km = LD.uncertaintyKm({uncertainty_km: parseFloat(box.dataset.km) || 0,
                                   precision: parseInt(box.dataset.precision, 10)});
      L.marker([lat, lon], {icon: LD.markerIcon({frame: {event_type: box.dataset.type}, status: box.dataset.status}),
                            title: box.dataset.name}).addTo(map);
      map.setView([lat, lon], 8);   // a circle has no bounds until the map has a view
      if (km) {
        const c = L.circle([lat, lon], {radius: km * 1000, className: "uncertainty"}).addTo(map);
        map.fitBounds(c.getBounds(), {maxZoom: 9});
      }
    } else {
      map.setView([20, 0], 1);
    }
  }
  const article = document.getElementById("event");
  const id = article && article.dataset.id;
  const err = document.getElementById("review-error");
  function wire(formId, path, toBody, after) {
    const f = document.getElementById(formId);
    if (!f) return;
    f.addEventListener("submit", async (e) => {
      e.preventDefault();
      err.textContent = "";
      try {
        const res = await LD.api("POST", "/api/events/" + encodeURIComponent(id) + "/" + path, toBody(f));
        if (after) after(res); else location.reload();
      } catch (x) { err.textContent = x.message; }
    });
  }
  wire("review-form", "review", f => ({status: f.status.value, reason: f.reason.value}));
  wire("edit-form", "edit", f => ({field: f.field.value, value: f.value.value}));
  wire("note-form", "notes", f => ({text: f.text.value}));
  wire("merge-form", "merge", f => ({other: f.other.value}),
       res => { location.href = res.event ? LD.eventHref(res.event) : "/"; });
  for (const b of document.querySelectorAll("button.merge-with")) {
    b.addEventListener("click", async () => {
      err.textContent = "";
      try {
        const res = await LD.api("POST", "/api/events/" + encodeURIComponent(id) + "/merge", {other: b.dataset.other});
        location.href = res.event ? LD.eventHref(res.event) : "/";
      } catch (x) { err.textContent = x.message; }
    });
  }
  wire("split-form", "split", f => ({mention_id: f.mention_id.value}),
       res => { location.href = res.event ? LD.eventHref(res.event) : "/"; });
})();
