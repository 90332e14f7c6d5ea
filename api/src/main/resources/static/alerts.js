// Saved queries: list, create, edit, delete through /api/saved-queries, and a live feed of new
// matches read from the SSE endpoint with fetch (EventSource cannot send the Authorization header).
document.addEventListener("DOMContentLoaded", () => {
  const main = document.querySelector("main.alerts");
  const L = main.dataset;
  const list = document.getElementById("sq-list");
  const error = document.getElementById("alerts-error");
  const live = document.getElementById("live");
  const atom = document.getElementById("atom-url");
  const form = document.getElementById("sq-form");
  const idField = document.getElementById("sq-id");
  const nameField = document.getElementById("sq-name");
  const queryField = document.getElementById("sq-query");
  const submit = document.getElementById("sq-submit");
  let watching = null;

  const fail = (msg) => { error.textContent = msg; error.hidden = false; };
  const ok = () => { error.hidden = true; };
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = text; if (cls) e.className = cls; return e; };

  async function refresh() {
    if (!SignalDeskKey.get()) return;
    const r = await fetch("/api/saved-queries", { headers: SignalDeskKey.headers() });
    if (!r.ok) return fail(await signalDeskProblem(r));
    ok();
    const items = await r.json();
    list.replaceChildren();
    if (items.length === 0) list.append(el("li", L.lNone));
    for (const q of items) {
      const li = el("li", null, "sq");
      li.dataset.id = q.id;
      li.append(el("strong", q.name), " ", el("code", q.query || ""), " ");
      const watch = el("button", L.lWatch, "secondary watch"); watch.type = "button";
      watch.addEventListener("click", () => watchLive(q));
      const edit = el("button", L.lEdit, "secondary"); edit.type = "button";
      edit.addEventListener("click", () => { idField.value = q.id; nameField.value = q.name; queryField.value = q.query || ""; submit.textContent = L.lUpdate; nameField.focus(); });
      const del = el("button", L.lDelete, "secondary"); del.type = "button";
      del.addEventListener("click", async () => {
        const d = await fetch("/api/saved-queries/" + encodeURIComponent(q.id), { method: "DELETE", headers: SignalDeskKey.headers() });
        if (!d.ok) return fail(await signalDeskProblem(d));
        refresh();
      });
      li.append(watch, " ", edit, " ", del);
      list.append(li);
    }
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const id = idField.value;
    const body = JSON.stringify({ name: nameField.value, query: queryField.value });
    const r = await fetch("/api/saved-queries" + (id ? "/" + encodeURIComponent(id) : ""), {
      method: id ? "PUT" : "POST", headers: SignalDeskKey.headers({ "Content-Type": "application/json" }), body });
    if (!r.ok) return fail(await signalDeskProblem(r));
    ok();
    form.reset(); idField.value = ""; submit.textContent = L.lCreate;
    const saved = await r.json();
    await refresh();
    // A new query has no past matches: replay from the start so none recorded meanwhile is lost.
    watchLive(saved, 0);
  });

  // Reads "data:" lines of the event stream and shows each match as it arrives.
  async function watchLive(q, fromSeq) {
    if (watching) watching.abort();
    watching = new AbortController();
    atom.value = location.origin + "/api/saved-queries/" + encodeURIComponent(q.id) + "/feed";
    live.dataset.watching = q.id;
    live.replaceChildren();
    try {
      const extra = { Accept: "text/event-stream" };
      if (fromSeq != null) extra["Last-Event-ID"] = String(fromSeq);
      const r = await fetch("/api/saved-queries/" + encodeURIComponent(q.id) + "/events", {
        headers: SignalDeskKey.headers(extra), signal: watching.signal });
      if (!r.ok) return fail(await signalDeskProblem(r));
      live.dataset.connected = "true";
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, cut); buffer = buffer.slice(cut + 2);
          const data = event.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
          if (data) show(JSON.parse(data));
        }
      }
    } catch (e) {
      if (e.name !== "AbortError") fail(String(e));
    }
  }

  function show(m) {
    const li = el("li", null, "match");
    const a = el("a", m.title || m.reportId);
    a.href = "/doc/" + encodeURIComponent(m.reportId);
    li.append(a, " ", el("span", m.sourceId + " · " + (m.publishedAt || "").slice(0, 10), "meta"));
    live.prepend(li);
  }

  document.addEventListener("signaldesk:key", refresh);
  refresh();
});
