// Autocomplete on titles and names for search boxes marked data-suggest, as an enhancement: without this script the
// box is a plain search field. It follows the WAI-ARIA APG combobox pattern with a list popup (aria-autocomplete
// "list"): focus stays in the text box, aria-activedescendant points at the option chosen with the arrow keys, and a
// live region says how many suggestions there are, because a screen reader does not announce the popup by itself.
const DELAY_MS = 200;
const MIN_CHARS = 2;

let instances = 0;

for (const input of document.querySelectorAll("input[data-suggest]")) {
  enhance(input);
}

function enhance(input) {
  const id = `suggest-${++instances}`;
  const wrapper = document.createElement("div");
  wrapper.className = "statenwerk-suggest";
  input.replaceWith(wrapper);
  wrapper.append(input);

  const list = document.createElement("ul");
  list.id = `${id}-list`;
  list.className = "statenwerk-suggest__list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels?.[0]?.textContent ?? "");
  list.hidden = true;
  wrapper.append(list);

  const status = document.createElement("div");
  status.className = "statenwerk-visually-hidden";
  status.setAttribute("role", "status");
  wrapper.append(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  let active = -1;
  let timer;
  let request;

  const options = () => [...list.children];

  function open(values) {
    list.replaceChildren(
      ...values.map((value, i) => {
        const option = document.createElement("li");
        option.id = `${id}-option-${i}`;
        option.className = "statenwerk-suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = value;
        // mousedown, not click: a click would first blur the text box and close the list
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(value);
        });
        return option;
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const shown = values.length > 0;
    list.hidden = !shown;
    input.setAttribute("aria-expanded", String(shown));
    status.textContent = shown
      ? input.dataset.suggestCount.replace("{0}", values.length)
      : input.dataset.suggestNone;
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const all = options();
    if (all.length === 0) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", all[active].id);
    all[active].scrollIntoView({ block: "nearest" });
  }

  function choose(value) {
    input.value = value;
    close();
    input.focus();
  }

  async function fetchSuggestions() {
    const q = input.value.trim();
    request?.abort();
    if (q.length < MIN_CHARS) {
      close();
      status.textContent = "";
      return;
    }
    request = new AbortController();
    try {
      const response = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(q)}`, {
        signal: request.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) return close();
      const values = await response.json();
      if (document.activeElement === input) open(values);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });

  input.addEventListener("keydown", (event) => {
    const expanded = !list.hidden;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded && options().length > 0) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (!event.altKey) highlight(active + 1);
        break;
      case "ArrowUp":
        if (expanded) {
          event.preventDefault();
          highlight(active - 1);
        }
        break;
      case "Enter":
        // with an option chosen, Enter takes it; otherwise the form is sent as usual
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(options()[active].textContent);
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        }
        break;
      case "Tab":
        close();
        break;
    }
  });

  input.addEventListener("blur", close);
}
