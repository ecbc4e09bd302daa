// The document viewer's PDF, drawn with PDF.js. The page works without this script: the text of every page is always
// there. This shows the PDF itself, at the page from ?pagina=N (set by the server) or #page=N, with page navigation.
const viewer = document.querySelector("[data-pdf]");
if (viewer) {
  show(viewer);
}

async function show(viewer) {
  const status = viewer.querySelector("[data-status]");
  const canvas = viewer.querySelector("canvas");
  const number = viewer.querySelector("#viewer-page");
  const say = (template, ...args) => template.replace(/\{(\d)}/g, (_, i) => args[i]);

  viewer.classList.add("statenwerk-viewer--shown");
  status.textContent = viewer.dataset.msgLoading;

  let pdf;
  try {
    const pdfjs = await import(viewer.dataset.lib);
    pdfjs.GlobalWorkerOptions.workerSrc = viewer.dataset.worker;
    // no eval: the fonts are loaded without generated code, as a strict content security policy would demand
    pdf = await pdfjs.getDocument({
      url: viewer.dataset.pdf,
      isEvalSupported: false,
      // decoders for scanned pages (JBIG2, JPEG 2000); without them such pages stay blank
      wasmUrl: viewer.dataset.wasm,
    }).promise;
  } catch (error) {
    status.textContent = viewer.dataset.msgError;
    viewer.querySelector(".statenwerk-viewer__controls").hidden = true;
    canvas.parentElement.hidden = true; // the frame with its reserved place
    return;
  }

  const fromHash = /^#page=(\d+)$/.exec(location.hash);
  let current = clamp(Number(fromHash ? fromHash[1] : viewer.dataset.page) || 1);
  let rendering;
  number.max = pdf.numPages;

  function clamp(n) {
    return Math.min(Math.max(1, Math.trunc(n)), pdf.numPages);
  }

  async function render() {
    rendering?.cancel();
    const page = await pdf.getPage(current);
    const natural = page.getViewport({ scale: 1 });
    // fit the width of the frame; draw at the screen's pixel density so that text stays sharp when zoomed
    const width = canvas.parentElement.clientWidth || natural.width;
    const viewport = page.getViewport({ scale: width / natural.width });
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    // the frame keeps an A4 page's place until the first page is drawn; then it takes the page's own shape
    canvas.parentElement.style.aspectRatio = `${Math.floor(viewport.width)} / ${Math.floor(viewport.height)}`;
    rendering = page.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    });
    try {
      await rendering.promise;
    } catch (error) {
      if (error?.name !== "RenderingCancelledException") throw error;
      return;
    }
    number.value = current;
    status.textContent = say(viewer.dataset.msgPage, current, pdf.numPages);
    viewer.dataset.rendered = String(current);
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus to the start of the page
    viewer.querySelector('[data-action="previous"]').setAttribute("aria-disabled", String(current === 1));
    viewer.querySelector('[data-action="next"]').setAttribute("aria-disabled", String(current === pdf.numPages));
  }

  function go(n) {
    current = clamp(n);
    render();
  }

  viewer.querySelector('[data-action="previous"]').addEventListener("click", () => go(current - 1));
  viewer.querySelector('[data-action="next"]').addEventListener("click", () => go(current + 1));
  viewer.querySelector('[data-action="go"]').addEventListener("click", () => go(Number(number.value) || current));
  number.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      go(Number(number.value) || current);
    }
  });
  window.addEventListener("hashchange", () => {
    const page = /^#page=(\d+)$/.exec(location.hash);
    if (page) go(Number(page[1]));
  });
  let resize;
  window.addEventListener("resize", () => {
    clearTimeout(resize);
    resize = setTimeout(render, 200);
  });

  await render();
}
