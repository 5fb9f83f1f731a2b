// liputan annotate serve: the labeling page. Keys choose labels; the server (annotate/label_app.cc)
// holds the state and saves every answer, so this script only shows the state it is sent and
// posts keys as answers. Keys are queued and handled one after another, so fast typing never
// answers a post the page has not shown yet.
'use strict';

const page = { codebook: null, state: null, typed: '', chain: Promise.resolve() };
// For tests and measurements: requests in flight, and the time from a key to the next state shown.
window.__liputan = { pending: 0, keys: 0, answerMs: [], finished: false };

const $ = (id) => document.getElementById(id);

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const response = await fetch(path, options);
  const json = await response.json();
  if (response.status === 409 && json.state) {
    page.state = json.state;
    throw new Error(json.error + ' (the page is up to date again)');
  }
  if (!response.ok) throw new Error(json.error || response.statusText);
  return json;
}

function currentSet() {
  const s = page.state;
  return s && !s.finished ? page.codebook.sets[s.set] : null;
}

// The label Enter would confirm: the typed number, else the row's label, else the suggestion.
function chosenLabel() {
  const set = currentSet();
  if (!set) return '';
  if (page.typed) return set.labels[Number(page.typed) - 1].slug;
  const cell = page.state.sets[page.state.set];
  return cell.chosen || cell.label || cell.suggested;
}

// Digits build the label's number while it stays a label number: with 16 labels, 1 then 6 is
// label 16, 1 then 7 is label 7.
function typeDigit(digit) {
  const set = currentSet();
  if (!set) return;
  const n = set.labels.length;
  const longer = page.typed + digit;
  if (page.typed && Number(longer) <= n) page.typed = longer;
  else if (digit !== '0' && Number(digit) <= n) page.typed = digit;
  else message('there is no label ' + digit + ' in ' + set.name);
  render();
}

async function confirmLabel() {
  if (!currentSet()) return;
  const label = chosenLabel();
  if (!label) return message('choose a label first (1–' + currentSet().labels.length + ')');
  await answer('/api/answer', { row: page.state.row, set: page.state.set, label });
}

async function back() {
  if (page.typed) {
    page.typed = page.typed.slice(0, -1);
    return render();
  }
  await answer('/api/undo', {});
}

async function skip() {
  if (page.state.finished) return;
  await answer('/api/skip', { row: page.state.row });
}

async function answer(path, body) {
  const start = performance.now();
  page.state = await api(path, body);
  page.typed = '';
  message('');
  render();
  window.__liputan.answerMs.push(performance.now() - start);
}

async function finish() {
  const result = await api('/api/finish', {});
  $('main').hidden = true;
  $('done').hidden = false;
  $('done-title').textContent = 'Finished: the server has stopped.';
  $('done-text').textContent = result.labeled + ' labeled, ' + result.skipped +
      ' skipped; every answer is saved. You can close this tab.';
  window.__liputan.finished = true;
}

function message(text) {
  $('message').textContent = text;
}

function renderHeader(s) {
  $('file').textContent = s.file;
  const done = s.labeled + s.skipped;
  $('counts').textContent = done + ' / ' + s.total + ' (' + s.labeled + ' labeled, ' +
      s.skipped + ' skipped)';
  $('bar').style.width = (s.total ? 100 * done / s.total : 100) + '%';
  $('undo').disabled = !s.can_undo;
}

function renderPost(post) {
  $('agency').textContent = post.agency;
  $('date').textContent = post.created_at.replace('T', ' ');
  $('postid').textContent = post.id;
  $('text').textContent = post.text;
  const link = $('link');
  link.hidden = !/^https?:\/\//i.test(post.url);
  if (!link.hidden) link.href = post.url; else link.removeAttribute('href');
}

function renderLabel(set, index, label, cell, chosen) {
  const li = el('li', '');
  li.dataset.slug = label.slug;
  li.append(el('span', 'key', String(index + 1)));
  const head = el('span', '');
  head.append(el('span', 'name', label.name || label.slug));
  if (label.known) head.append(el('span', 'slug', label.slug));
  if (label.slug === cell.suggested && cell.suggested_p > 0) {
    head.append(el('span', 'p', cell.suggested_p.toFixed(2)));
  }
  li.append(head);
  if (label.description) li.append(el('span', 'desc', label.description));
  li.classList.toggle('suggested', label.slug === cell.suggested);
  li.classList.toggle('selected', label.slug === chosen);
  li.classList.toggle('unknown', !label.known);
  return li;
}

function renderSets(s) {
  const box = $('sets');
  box.replaceChildren();
  page.codebook.sets.forEach((set, k) => {
    const cell = s.sets[k];
    const chosen = k === s.set ? chosenLabel() : cell.chosen;
    const div = el('div', 'set' + (k === s.set ? ' current' : ''));
    div.dataset.set = set.name;
    const h2 = el('h2', '', set.name);
    if (k < s.set) h2.append(el('span', 'answer', '✓ ' + cell.chosen));
    div.append(h2);
    const ol = el('ol', '');
    set.labels.forEach((label, i) => {
      const li = renderLabel(set, i, label, cell, chosen);
      if (k === s.set) li.addEventListener('click', () => { page.typed = String(i + 1); render(); });
      if (k === s.set) li.addEventListener('dblclick', () => enqueue(confirmLabel));
      ol.append(li);
    });
    div.append(ol);
    box.append(div);
  });
}

function render() {
  const s = page.state;
  renderHeader(s);
  $('main').hidden = s.finished;
  $('done').hidden = !s.finished;
  if (s.finished) return;
  $('main').dataset.row = s.row;
  $('main').dataset.set = s.set;
  renderPost(s.post);
  renderSets(s);
}

function enqueue(step) {
  window.__liputan.pending++;
  page.chain = page.chain.then(step).catch((e) => { message(e.message); if (page.state) render(); })
      .finally(() => { window.__liputan.pending--; });
}

const keyActions = {
  Enter: confirmLabel, Backspace: back, s: skip, S: skip, q: finish, Q: finish,
  Escape: () => { page.typed = ''; render(); },
};

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || !page.state || window.__liputan.finished) return;
  const action = /^[0-9]$/.test(event.key) ? () => typeDigit(event.key) : keyActions[event.key];
  if (!action) return;
  event.preventDefault();
  window.__liputan.keys++;
  enqueue(action);
});

async function start() {
  page.codebook = await api('/api/codebook');
  page.state = await api('/api/state');
  $('undo').addEventListener('click', () => enqueue(back));
  $('skip').addEventListener('click', () => enqueue(skip));
  $('finish').addEventListener('click', () => enqueue(finish));
  render();
  $('main').dataset.ready = 'true';
}

start().catch((e) => message('cannot load: ' + e.message));
