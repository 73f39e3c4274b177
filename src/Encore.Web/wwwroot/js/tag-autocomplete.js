// Autocomplete for comma-separated tag fields. Without JavaScript the field is plain text with a <datalist> of the most
// used tags; with it, each tag being typed (the text after the last comma) is looked up and the datalist is refilled
// with whole-field values ("Ivy Lynn, Karen Cart" → "Ivy Lynn, Karen Cartwright"), which is what browsers match on.
(() => {
  for (const input of document.querySelectorAll("input[data-autocomplete]")) {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) continue;
    let pending = 0;
    input.addEventListener("input", async () => {
      const value = input.value;
      const comma = value.lastIndexOf(",");
      const before = comma < 0 ? "" : value.slice(0, comma + 1) + " ";
      const term = value.slice(comma + 1).trim();
      if (term.length < 2) return;
      const ticket = ++pending;
      const url = `/api/tags/autocomplete?type=${encodeURIComponent(input.dataset.autocomplete)}&term=${encodeURIComponent(term)}`;
      try {
        const response = await fetch(url, { headers: { Accept: "application/json" } });
        if (!response.ok || ticket !== pending) return;
        const names = await response.json();
        list.replaceChildren(...names.map(name => Object.assign(document.createElement("option"), { value: before + name })));
      } catch {
        // Offline or the server is busy: the field still takes whatever is typed.
      }
    });
  }
})();
