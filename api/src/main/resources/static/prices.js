// Draws the price chart from #chart's data-chart JSON; a click on a period loads its receipts.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("chart");
  if (!el || typeof uPlot === "undefined") return;
  const d = JSON.parse(el.dataset.chart);
  const xs = d.periods.map((_, i) => i);
  const label = (i) => d.periods[Math.round(i)] ?? "";
  const width = () => Math.max(280, el.clientWidth);
  const opts = {
    width: width(),
    height: 320,
    scales: { x: { time: false }, n: { range: (u, min, max) => [0, Math.max(1, max) * 3] } },
    axes: [
      { values: (u, ticks) => ticks.map(label) },
      { label: "CNY" },
      { scale: "n", side: 1, grid: { show: false }, label: el.dataset.lMentions },
    ],
    series: [
      { value: (u, v) => label(v) },
      { label: "p25", stroke: "#7aa7e0" },
      { label: el.dataset.lMedian, stroke: "#0a58ca", width: 2, points: { show: true } },
      { label: "p75", stroke: "#7aa7e0" },
      { label: el.dataset.lMentions, scale: "n", stroke: "#6e7781", fill: "rgba(110,119,129,0.25)",
        paths: uPlot.paths.bars({ size: [0.5] }), points: { show: false } },
    ],
    bands: [{ series: [3, 1], fill: "rgba(10,88,202,0.14)" }],
  };
  const plot = new uPlot(opts, [xs, d.p25, d.median, d.p75, d.mentions], el);
  el.dataset.drawn = "true";
  plot.over.addEventListener("click", () => {
    const i = plot.cursor.idx;
    if (i == null || !d.periods[i]) return;
    htmx.ajax("GET", el.dataset.receipts + encodeURIComponent(d.periods[i]), "#receipts");
  });
  window.addEventListener("resize", () => plot.setSize({ width: width(), height: 320 }));
});
