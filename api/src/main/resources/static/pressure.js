// Sell vs buy reports per period (bars) and mean sentiment (line), from data-chart JSON.
document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("pressure-chart");
  if (!el || typeof uPlot === "undefined") return;
  const d = JSON.parse(el.dataset.chart);
  const mood = new Map(d.moodPeriods.map((p, i) => [p, d.mood[i]]));
  const xs = d.periods.map((_, i) => i);
  const label = (i) => d.periods[Math.round(i)] ?? "";
  const width = () => Math.max(280, el.clientWidth);
  const bars = uPlot.paths.bars({ size: [0.4], align: 1 });
  const bars2 = uPlot.paths.bars({ size: [0.4], align: -1 });
  const plot = new uPlot({
    width: width(), height: 300,
    scales: { x: { time: false }, s: { range: [-1, 1] } },
    axes: [{ values: (u, t) => t.map(label) }, {}, { scale: "s", side: 1, grid: { show: false } }],
    series: [
      { value: (u, v) => label(v) },
      { label: el.dataset.lSell, stroke: "#a4161a", fill: "rgba(164,22,26,0.5)", paths: bars, points: { show: false } },
      { label: el.dataset.lBuy, stroke: "#1b6e2a", fill: "rgba(27,110,42,0.5)", paths: bars2, points: { show: false } },
      { label: el.dataset.lMood, scale: "s", stroke: "#0a58ca", width: 2, spanGaps: true },
    ],
  }, [xs, d.sell, d.buy, d.periods.map((p) => mood.get(p) ?? null)], el);
  el.dataset.drawn = "true";
  window.addEventListener("resize", () => plot.setSize({ width: width(), height: 300 }));
});
