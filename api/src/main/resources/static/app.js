// Shared behaviour of every page. No inline script anywhere: the CSP forbids it.
document.addEventListener("DOMContentLoaded", () => {
  // Copy buttons: <button data-copy="#input-id">.
  document.body.addEventListener("click", (e) => {
    const b = e.target.closest("button[data-copy]");
    if (!b) return;
    const input = document.querySelector(b.dataset.copy);
    if (input) { input.select(); navigator.clipboard?.writeText(input.value); }
  });
});
