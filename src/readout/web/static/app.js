// readout web: draws the Plotly charts and links the story text's marks to the event list.
// Kept in a file (no inline scripts) so the Content-Security-Policy can forbid inline code.
"use strict";

var MAX_DETAIL = 5;

function drawCharts() {
  document.querySelectorAll(".chart[data-figure]").forEach(function (el) {
    if (!window.Plotly) { el.dataset.rendered = "no-plotly"; return; }
    var fig = JSON.parse(el.dataset.figure);
    window.Plotly.newPlot(el, fig.data, fig.layout, {responsive: true, displaylogo: false})
      .then(function () { el.dataset.rendered = "1"; });
  });
}

function showNotes(keys, pin) {
  var detail = document.querySelector("[data-testid=evidence-detail]");
  document.querySelectorAll(".note.active, mark.ev.active").forEach(function (n) {
    n.classList.remove("active");
  });
  if (!detail) { return; }
  detail.replaceChildren();
  var title = document.createElement("h3");
  title.textContent = keys.length === 1 ? "This passage is evidence for"
    : "This passage is evidence for " + keys.length + " items";
  detail.appendChild(title);
  keys.forEach(function (key, i) {
    var note = document.getElementById(key);
    if (!note) { return; }
    note.classList.add("active");
    if (i >= MAX_DETAIL) { return; }   // a summit's one sentence can carry dozens of dyads
    var copy = note.cloneNode(true);   // already-escaped DOM: copying it adds no markup
    copy.removeAttribute("id");
    copy.dataset.testid = "detail-item";
    copy.classList.remove("active");
    detail.appendChild(copy);
  });
  if (keys.length > MAX_DETAIL) {
    var more = document.createElement("p");
    more.textContent = "and " + (keys.length - MAX_DETAIL) + " more, highlighted in the list below";
    detail.appendChild(more);
  }
  document.querySelectorAll("mark.ev").forEach(function (m) {
    if (m.dataset.keys.split(" ").some(function (k) { return keys.indexOf(k) >= 0; })) {
      m.classList.add("active");
    }
  });
  detail.hidden = false;
  if (pin) { detail.dataset.pinned = keys.join(" "); }
}

function linkMarks() {
  var marks = document.querySelectorAll("mark.ev");
  marks.forEach(function (m) {
    var keys = m.dataset.keys.split(" ");
    m.addEventListener("mouseenter", function () { showNotes(keys, false); });
    m.addEventListener("focus", function () { showNotes(keys, false); });
    m.addEventListener("click", function () { showNotes(keys, true); });
  });
  document.querySelectorAll(".note[data-key]").forEach(function (n) {
    n.addEventListener("mouseenter", function () { showNotes([n.dataset.key], false); });
    n.addEventListener("click", function () {
      showNotes([n.dataset.key], true);
      var m = document.querySelector("mark.ev.active");
      if (m) { m.scrollIntoView({block: "center", behavior: "smooth"}); }
    });
  });
  var key = decodeURIComponent(location.hash.slice(1));
  if (key && document.getElementById(key)) {
    showNotes([key], true);
    var first = document.querySelector("mark.ev.active");
    if (first) { first.scrollIntoView({block: "center"}); }
  }
}

document.addEventListener("DOMContentLoaded", function () {
  drawCharts();
  linkMarks();
});
