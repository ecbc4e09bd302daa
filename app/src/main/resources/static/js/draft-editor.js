// Co-editing of a draft with Automerge. Without this script the page is a form that saves the textarea; with it,
// every edit becomes an Automerge change that is synced with the server, and others' changes are merged into the
// textarea as they come. The server keeps the merged document; this script keeps only its own copy.
//
// One sync: POST /concepten/{id}/sync with the changes made since the server's last known version (saveSince) and
// this copy's version in X-Heads; the answer holds what this copy lacks, and the server's version. Syncs run one at a
// time; edits made while one is under way go with the next. The server's event stream says when another editor
// changed something, and which editors are present.

const form = document.querySelector("form[data-draft]");

if (form) {
  start(form).catch((error) => {
    // the form still works without the live editor: a save merges on the server
    console.error("draft editor", error);
  });
}

async function start(form) {
  const Automerge = await import(form.dataset.automerge);
  await Automerge.initializeWasm(form.dataset.wasm);

  const id = form.dataset.draft;
  const textarea = form.querySelector("textarea");
  const status = document.getElementById("concept-status");
  const editing = document.getElementById("concept-bezig");
  const csrf = form.querySelector("input[name=_csrf]").value;
  const version = form.querySelector("input[name=versie]");

  let doc = Automerge.init();
  let serverHeads = [];
  let running = false;
  let again = false;
  let timer = null;
  let offline = false;
  let announceTimer = null;

  // until the first sync has brought the server's document, the textarea must not be edited: the edit would have no
  // text to apply to
  textarea.readOnly = true;

  async function sync() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const body = Automerge.saveSince(doc, serverHeads);
        const response = await fetch(`/concepten/${id}/sync`, {
          method: "POST",
          credentials: "same-origin",
          headers: {
            "Content-Type": "application/octet-stream",
            "X-CSRF-TOKEN": csrf,
            "X-Heads": Automerge.getHeads(doc).join(","),
          },
          body,
        });
        if (!response.ok) {
          throw new Error(`sync answered ${response.status}`);
        }
        const reply = new Uint8Array(await response.arrayBuffer());
        if (reply.length > 0) {
          const before = doc.text ?? "";
          doc = Automerge.loadIncremental(doc, reply);
          show(before, doc.text ?? "");
        }
        serverHeads = (response.headers.get("X-Heads") || "").split(",").filter((h) => h);
        // a save of the form then merges against this version
        version.value = serverHeads.join(",");
        textarea.readOnly = false;
        if (offline) {
          offline = false;
          say(form.dataset.online);
        }
      } while (again);
    } catch (error) {
      if (!offline) {
        offline = true;
        say(form.dataset.offline);
      }
      setTimeout(scheduleSync, 3000);
    } finally {
      running = false;
    }
  }

  function scheduleSync() {
    clearTimeout(timer);
    timer = setTimeout(sync, 100);
  }

  // Puts the merged text into the textarea, keeping the caret where it was relative to the text around it.
  function show(before, after) {
    if (before === after || textarea.value === after) {
      return;
    }
    const current = textarea.value;
    let prefix = 0;
    while (prefix < current.length && prefix < after.length && current[prefix] === after[prefix]) {
      prefix++;
    }
    let suffix = 0;
    while (
      suffix < current.length - prefix &&
      suffix < after.length - prefix &&
      current[current.length - 1 - suffix] === after[after.length - 1 - suffix]
    ) {
      suffix++;
    }
    const move = (position) => {
      if (position <= prefix) {
        return position;
      }
      if (position >= current.length - suffix) {
        return position + after.length - current.length;
      }
      return prefix + (after.length - prefix - suffix);
    };
    const start = move(textarea.selectionStart);
    const end = move(textarea.selectionEnd);
    const focused = document.activeElement === textarea;
    textarea.value = after;
    if (focused) {
      textarea.setSelectionRange(start, end);
    }
    announce();
  }

  // Tells a screen reader user, politely and once a burst of changes is over, that others changed the text.
  function announce() {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => say(form.dataset.remote), 2000);
  }

  function say(message) {
    status.textContent = "";
    // a changed text node is announced again, also when the message is the same as the last
    setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  textarea.addEventListener("input", () => {
    const text = textarea.value;
    doc = Automerge.change(doc, (d) => {
      Automerge.updateText(d, ["text"], text);
    });
    scheduleSync();
  });

  form.addEventListener("submit", (event) => {
    // with the live editor every edit is on its way already; a form save would merge them a second time
    event.preventDefault();
    sync().then(() => say(form.dataset.saved));
  });

  function present(names) {
    editing.replaceChildren();
    const list = names.length > 0 ? names : [editing.dataset.none];
    for (const name of list) {
      const item = document.createElement("li");
      item.className = "utrecht-unordered-list__item";
      item.textContent = name;
      editing.append(item);
    }
  }

  const events = new EventSource(`/concepten/${id}/stroom`);
  events.addEventListener("wijziging", (event) => {
    const heads = event.data.split(",").filter((h) => h);
    if (heads.some((h) => !serverHeads.includes(h)) || heads.length !== serverHeads.length) {
      scheduleSync();
    }
  });
  events.addEventListener("aanwezig", (event) => {
    present(event.data.split("\n").filter((n) => n));
  });
  // after the stream was away (a network break, a sleeping laptop) something may have changed meanwhile
  events.addEventListener("open", scheduleSync);
  window.addEventListener("online", scheduleSync);
  // and a sync now and then in case a nudge got lost
  setInterval(scheduleSync, 10000);

  await sync();
  say(form.dataset.live);
}
