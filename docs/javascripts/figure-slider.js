// A figure slider: the figures of one snippet (precomputed at build time) shown one at a time,
// chosen with a native range input (mouse, touch and arrow keys all work). No computation here.
document$.subscribe(() => {
  for (const box of document.querySelectorAll(".bookexec-slider:not([data-ready])")) {
    const figures = [...box.querySelectorAll("img.bookexec-figure")];
    const labels = box.dataset.labels.split("|");
    if (figures.length < 2) continue;
    const start = Math.floor((figures.length - 1) / 2);
    const controls = document.createElement("div");
    controls.className = "bookexec-slider__controls";
    const input = document.createElement("input");
    Object.assign(input, { type: "range", min: 0, max: figures.length - 1, step: 1, value: start });
    input.setAttribute("aria-label", box.dataset.label);
    const output = document.createElement("output");
    output.setAttribute("aria-live", "polite");
    controls.append(input, output);
    box.prepend(controls);
    const show = () => {
      const index = Number(input.value);
      figures.forEach((figure, i) => { figure.hidden = i !== index; });
      output.textContent = labels[index] || String(index + 1);
      input.setAttribute("aria-valuetext", output.textContent);
    };
    input.addEventListener("input", show);
    show();
    box.dataset.ready = "true";
  }
});
