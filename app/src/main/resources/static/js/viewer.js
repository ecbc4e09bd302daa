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
  let pdfjs;
  try {
    pdfjs = await import(viewer.dataset.lib);
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
  const notes = annotations(viewer, () => current);

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
    if (notes) await notes.drawn(pdfjs, page, viewport);
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

// Annotations, for a signed-in member: PDF.js's text layer over the page to select text in, a form to save the
// selection as a highlight with a note, the highlights drawn under the text, and the list of notes beside the page.
// The list is the way in that does not depend on the drawing: every note with its quote and a link to its page.
// The server anchors a quote in its own text of the page; white space is ignored both there and here, because the
// two break lines differently.
function annotations(viewer, currentPage) {
  const panel = viewer.querySelector("[data-annotations]");
  if (!panel) return null;
  const layer = viewer.querySelector("[data-text-layer]");
  const marks = viewer.querySelector("[data-marks]");
  const frame = layer.parentElement;
  const form = panel.querySelector("[data-annotation-form]");
  const selected = panel.querySelector("[data-selected]");
  const list = panel.querySelector("[data-annotation-list]");
  const status = panel.querySelector("[data-annotation-status]");
  const headers = { "Content-Type": "application/json", [panel.dataset.csrfHeader]: panel.dataset.csrf };
  const say = (template, ...args) => template.replace(/\{(\d)}/g, (_, i) => args[i]);
  let items = [];
  let pending = null;
  panel.hidden = false;

  async function load() {
    const response = await fetch(panel.dataset.annotations, { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    items = (await response.json()).items;
    show();
    draw();
  }

  function show() {
    list.replaceChildren();
    if (items.length === 0) {
      const none = document.createElement("li");
      none.textContent = panel.dataset.msgNone;
      list.append(none);
    }
    for (const item of items) {
      const li = document.createElement("li");
      li.className = "statenwerk-annotations__item";
      const where = document.createElement("p");
      where.className = "utrecht-paragraph";
      if (item.found) {
        const link = document.createElement("a");
        link.className = "utrecht-link";
        link.href = `#page=${item.target.page}`;
        link.textContent = say(panel.dataset.msgPage, item.target.page);
        where.append(link);
      } else {
        where.textContent = panel.dataset.msgNotFound;
      }
      const quote = document.createElement("q");
      quote.className = "statenwerk-annotations__quote";
      quote.textContent = item.target.selector[0].exact;
      where.append(" ", quote);
      li.append(where);
      if (item.body.value) {
        const note = document.createElement("p");
        note.className = "utrecht-paragraph";
        note.textContent = item.body.value;
        li.append(note);
      }
      const meta = document.createElement("p");
      meta.className = "utrecht-paragraph statenwerk-meta";
      meta.textContent = item.fractie ? `${item.creator} · ${item.fractie}` : item.creator;
      li.append(meta);
      if (item.mine) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "utrecht-button utrecht-button--secondary-action";
        remove.textContent = panel.dataset.msgDelete;
        remove.addEventListener("click", async () => {
          const response = await fetch(`/annotaties/${encodeURIComponent(item.id)}`, { method: "DELETE", headers });
          if (response.ok) await load();
        });
        li.append(remove);
      }
      list.append(li);
    }
  }

  // The text layer's characters without white space, each with its text node and offset, to find a quote in.
  function characters() {
    const chars = [];
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (!/\s/.test(node.data[i])) chars.push({ node, offset: i, char: node.data[i] });
      }
    }
    return chars;
  }

  const strip = (text) => text.replace(/\s+/g, "");

  function find(chars, text, selector) {
    const exact = strip(selector.exact);
    const prefix = strip(selector.prefix || "");
    const suffix = strip(selector.suffix || "");
    let best = null;
    for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
      let score = 0;
      while (score < prefix.length && at - score > 0 && prefix[prefix.length - 1 - score] === text[at - 1 - score]) score++;
      let after = 0;
      while (after < suffix.length && text[at + exact.length + after] === suffix[after]) after++;
      if (!best || score + after > best.score) best = { at, score: score + after };
    }
    if (!best) return null;
    const range = document.createRange();
    const first = chars[best.at];
    const last = chars[best.at + exact.length - 1];
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  }

  function draw() {
    marks.replaceChildren();
    const chars = characters();
    const text = chars.map((c) => c.char).join("");
    const origin = frame.getBoundingClientRect();
    for (const item of items) {
      if (!item.found || item.target.page !== currentPage()) continue;
      const range = find(chars, text, item.target.selector[0]);
      if (!range) continue;
      for (const rect of range.getClientRects()) {
        const mark = document.createElement("div");
        mark.className = "statenwerk-viewer__mark";
        mark.style.left = `${rect.left - origin.left + frame.scrollLeft}px`;
        mark.style.top = `${rect.top - origin.top + frame.scrollTop}px`;
        mark.style.width = `${rect.width}px`;
        mark.style.height = `${rect.height}px`;
        marks.append(mark);
      }
    }
  }

  document.addEventListener("selectionchange", () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!layer.contains(range.commonAncestorContainer)) return;
    const exact = selection.toString().trim();
    if (!exact) return;
    const before = document.createRange();
    before.setStart(layer, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(layer, layer.childNodes.length);
    pending = {
      page: currentPage(),
      exact,
      prefix: before.toString().slice(-32),
      suffix: after.toString().slice(0, 32),
    };
    selected.textContent = exact;
    form.hidden = false;
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!pending) return;
    const sharing = form.querySelector("[name=sharing]");
    const response = await fetch(panel.dataset.annotations, {
      method: "POST",
      headers,
      body: JSON.stringify({
        ...pending,
        note: form.querySelector("[name=note]").value,
        sharing: sharing ? sharing.value : "PERSONAL",
      }),
    });
    if (!response.ok) {
      status.textContent = panel.dataset.msgError;
      return;
    }
    pending = null;
    form.reset();
    form.hidden = true;
    status.textContent = panel.dataset.msgSaved;
    await load();
  });

  load();

  return {
    // called after each page is drawn: lays the page's text over it and draws the highlights on that page
    async drawn(pdfjs, page, viewport) {
      layer.replaceChildren();
      frame.style.setProperty("--scale-factor", String(viewport.scale));
      frame.style.setProperty("--total-scale-factor", String(viewport.scale));
      const textLayer = new pdfjs.TextLayer({
        textContentSource: page.streamTextContent(),
        container: layer,
        viewport,
      });
      await textLayer.render();
      draw();
    },
  };
}
