// The API key: asked once per tab, kept in sessionStorage, sent only as a Bearer header.
const SignalDeskKey = {
  name: "signaldesk.apiKey",
  get() { return sessionStorage.getItem(this.name); },
  headers(extra) { const k = this.get(); return Object.assign(k ? { Authorization: "Bearer " + k } : {}, extra || {}); },
};
document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("key-form");
  const input = document.getElementById("api-key");
  const state = document.getElementById("key-state");
  const show = () => { form.dataset.hasKey = SignalDeskKey.get() ? "true" : "false"; if (SignalDeskKey.get()) input.placeholder = "••••••"; };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem(SignalDeskKey.name, input.value.trim());
    input.value = "";
    show();
    document.dispatchEvent(new CustomEvent("signaldesk:key"));
  });
  document.getElementById("key-forget").addEventListener("click", () => {
    sessionStorage.removeItem(SignalDeskKey.name);
    input.placeholder = "";
    show();
  });
  show();
  state.hidden = false;
});
// Error text of a failed API call: the problem document's detail when there is one.
async function signalDeskProblem(response) {
  try { const p = await response.json(); return p.detail || p.title || response.statusText; }
  catch (e) { return response.status + " " + response.statusText; }
}
