// Uploads a chat export to POST /api/imports with upload progress, then shows the summary.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("import-form");
  const progress = document.getElementById("import-progress");
  const status = document.getElementById("import-status");
  const error = document.getElementById("import-error");
  const summary = document.getElementById("import-summary");
  const facts = document.getElementById("import-facts");
  const problems = document.getElementById("import-problems");
  const fact = (k, v) => { const dt = document.createElement("dt"); dt.textContent = k; const dd = document.createElement("dd"); dd.textContent = v; dd.dataset.key = k; facts.append(dt, dd); };

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    error.hidden = true; summary.hidden = true;
    const data = new FormData();
    data.append("file", document.getElementById("import-file").files[0]);
    const format = document.getElementById("import-format").value;
    if (format) data.append("format", format);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/imports");
    const headers = SignalDeskKey.headers({ Accept: "application/json" });
    Object.entries(headers).forEach(([k, v]) => xhr.setRequestHeader(k, v));
    xhr.upload.addEventListener("progress", (p) => { if (p.lengthComputable) progress.value = Math.round((p.loaded / p.total) * 90); });
    xhr.addEventListener("load", () => {
      progress.value = 100;
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (x) { /* not JSON */ }
      if (xhr.status !== 200) {
        error.textContent = body.detail || body.title || xhr.status + " " + xhr.statusText;
        error.hidden = false; status.textContent = ""; return;
      }
      status.textContent = "✓";
      facts.replaceChildren(); problems.replaceChildren();
      fact("file", body.file); fact("format", body.formatId); fact("read", body.messagesRead);
      fact("imported", body.imported); fact("duplicates", body.duplicates); fact("rejected", body.rejected);
      fact("groups", (body.groups || []).join(", "));
      (body.problems || []).forEach((p) => { const li = document.createElement("li"); li.textContent = "line " + p.line + ": " + p.reason; problems.append(li); });
      summary.hidden = false;
    });
    xhr.addEventListener("error", () => { error.textContent = "network error"; error.hidden = false; });
    status.textContent = "…";
    xhr.send(data);
  });
});
