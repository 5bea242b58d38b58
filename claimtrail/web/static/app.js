// claimtrail dashboard: highlight interaction on the article page. No framework, no build step.
// Every highlight <mark> carries data-ids (the quotes/claims covering it) and data-tip (the
// innermost one); the attribution shown on hover is a server-rendered, escaped <div hidden>
// that is cloned, never assembled from strings.
"use strict";

(function () {
  const HIDE_DELAY_MS = 300;
  const marks = () => Array.from(document.querySelectorAll("mark.hl"));

  function focusMark(id, scroll) {
    marks().forEach((m) => m.classList.toggle("focused", m.dataset.ids.split(" ").includes(id)));
    document.querySelectorAll(".side-item").forEach((item) =>
      item.classList.toggle("active", item.dataset.markId === id));
    const first = marks().find((m) => m.classList.contains("focused"));
    if (first && scroll) first.scrollIntoView({ block: "center", behavior: "smooth" });
    return first;
  }

  function showTip(tip, mark, id) {
    const source = document.getElementById("tip-" + id);
    if (!source) return;
    tip.replaceChildren(...Array.from(source.childNodes).map((n) => n.cloneNode(true)));
    const box = mark.getBoundingClientRect();
    tip.style.left = Math.max(8, window.scrollX + box.left) + "px";
    tip.style.top = window.scrollY + box.bottom + 6 + "px";
    tip.hidden = false;
  }

  function setup() {
    const tip = document.getElementById("tip");
    if (!tip) return;
    let pinned = false;
    let hideTimer = 0;
    // Hiding waits a moment so the pointer can travel from the highlight into the tip's links.
    const hideSoon = () => { hideTimer = window.setTimeout(() => { if (!pinned) tip.hidden = true; }, HIDE_DELAY_MS); };
    const keep = () => window.clearTimeout(hideTimer);
    tip.addEventListener("mouseenter", keep);
    tip.addEventListener("mouseleave", hideSoon);
    marks().forEach((mark) => {
      mark.addEventListener("mouseenter", () => {
        keep();
        mark.classList.add("hovered");
        if (!pinned) showTip(tip, mark, mark.dataset.tip);
      });
      mark.addEventListener("mouseleave", () => {
        mark.classList.remove("hovered");
        hideSoon();
      });
      mark.addEventListener("click", (event) => {
        event.stopPropagation();
        pinned = true;
        focusMark(mark.dataset.tip, false);
        showTip(tip, mark, mark.dataset.tip);
      });
    });
    document.querySelectorAll(".side-item").forEach((item) =>
      item.addEventListener("click", (event) => {
        if (event.target.closest("a")) return;
        const first = focusMark(item.dataset.markId, true);
        if (first) { pinned = true; showTip(tip, first, item.dataset.markId); }
      }));
    document.addEventListener("click", (event) => {
      if (!tip.contains(event.target)) { pinned = false; tip.hidden = true; }
    });
    const wanted = new URLSearchParams(window.location.search).get("focus");
    if (wanted) focusMark(wanted, true);
  }

  document.addEventListener("DOMContentLoaded", setup);
})();
