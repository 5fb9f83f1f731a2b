// AnnotateServeBrowserTest: `liputan annotate serve` driven by real key presses in headless
// Chromium (puppeteer-core over the DevTools protocol; Debian's /usr/bin/chromium). Labels posts
// with digits + Enter, accepts suggestions with Enter alone, undoes with Backspace, skips with S,
// finishes with Q, then checks the saved CSV. A second run accepts 40 suggestions as fast as the
// page allows, to measure the page's time per label (a machine floor, not a human rate).
// Usage: node serve_browser_test.mjs LIPUTAN NODE_MODULES ARTIFACT_DIR. Exit 77 = skipped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import readline from 'node:readline';

const [liputan, nodeModules, artifacts] = process.argv.slice(2);
const chromium = '/usr/bin/chromium';
const skip = (why) => { console.log('SKIPPED: ' + why); process.exit(77); };
if (!fs.existsSync(chromium)) skip(chromium + ' is missing; run scripts/install-deps.sh (CI does)');
let puppeteer;
try {
  puppeteer = createRequire(path.join(nodeModules, '..', 'package.json'))('puppeteer-core');
} catch {
  skip('puppeteer-core is missing from ' + nodeModules + '; run scripts/install-deps.sh (npm ci)');
}

const failures = [];
const check = (ok, what) => { if (!ok) failures.push(what); };
const HEADER = 'id,agency,created_at,url,text,strategy,stratum,inclusion_p,suggested_sektor,' +
    'suggested_sektor_p,sektor,suggested_fungsi,suggested_fungsi_p,fungsi,status,coder,note';

function csvLine(cells) {
  return cells.map((c) => /[",\n]/.test(c) ? '"' + c.replaceAll('"', '""') + '"' : c).join(',');
}

function post(id, text, sektor, fungsi, url = '') {
  return csvLine([id, 'dinkes_kota', '2024-03-0' + (id.length % 9) + 'T08:00:00Z', url, text,
    'validate', 'kesehatan|dinkes_kota', '0.25', sektor, '0.81', '', fungsi, '0.64', '', '', '', '']);
}

// RFC 4180 reading, enough for the file liputan writes.
function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [[]];
  let cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); }
    else if (c !== '\r') cell += c;
  }
  if (rows.at(-1).length === 0) rows.pop();
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]])));
}

// Starts `liputan annotate serve FILE --port 0`; resolves with the URL it prints.
function serve(file) {
  const child = spawn(liputan, ['annotate', 'serve', file, '--port', '0', '--coder', 'browser'],
      { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', (url) =>
      resolve({ url, exited, stderr: () => stderr, child }));
    child.on('exit', () => reject(new Error('serve exited early: ' + stderr)));
  });
}

async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith(url)) errors.push('request to ' + r.url()); });
  await page.goto(url);
  await page.waitForSelector('#main[data-ready="true"]');
  return { page, errors };
}

let keystrokes = 0;
async function press(page, ...keys) {
  for (const key of keys) {
    await page.keyboard.press(key);
    keystrokes++;
  }
  await page.waitForFunction(() => window.__liputan.pending === 0);
}

const state = (page) => page.evaluate(() => ({
  row: Number(document.querySelector('#main').dataset.row),
  set: Number(document.querySelector('#main').dataset.set),
  counts: document.querySelector('#counts').textContent,
  selected: [...document.querySelectorAll('.set.current li.selected')].map((li) => li.dataset.slug),
  suggested: [...document.querySelectorAll('.set.current li.suggested')].map((li) => li.dataset.slug),
}));

async function scenario(browser, dir) {
  const file = path.join(dir, 'posts.csv');
  fs.writeFileSync(file, [HEADER,
    post('p1', 'Vaksinasi <b>gratis</b> di puskesmas, Sabtu 9 Maret.', 'kesehatan', 'info_layanan',
        'https://x.com/dinkes_kota/status/1'),
    post('p2', 'Ikuti siaran langsung di kanal YouTube kami.', 'kesehatan', 'info_layanan'),
    post('p3', 'Pencairan bantuan sosial tahap dua dimulai.', 'kesehatan', 'info_layanan'),
    post('p4', 'Selamat pagi!', 'kesehatan', 'info_layanan'),
    post('p5', 'Rapat koordinasi lintas sektor.', 'kesehatan', 'kegiatan_pimpinan'),
    post('p6', 'Belum dilabeli.', 'kesehatan', 'info_layanan'),
  ].join('\n') + '\n');
  const server = await serve(file);
  const { page, errors } = await openPage(browser, server.url);
  let s = await state(page);
  check(s.row === 0 && s.set === 0, 'starts at p1, sektor');
  check(s.suggested[0] === 'kesehatan' && s.selected[0] === 'kesehatan',
      'the suggestion is highlighted and preselected: ' + JSON.stringify(s));
  check(await page.$eval('#text', (e) => e.children.length === 0 && e.textContent.includes('<b>')),
      'a post holding HTML shows as text');
  check(await page.$eval('#link', (e) => !e.hidden && e.href.startsWith('https://x.com/')),
      'the link to the original is shown');
  check(await page.$$eval('.set', (sets) => sets.length === 2), 'two label sets');
  check(await page.$eval('.set.current li[data-slug="kesehatan"] .desc', (e) => e.textContent.length > 20),
      'each label shows its codebook definition');
  await page.screenshot({ path: path.join(artifacts, 'label_page.png'), fullPage: true });

  const start = Date.now();
  keystrokes = 0;
  await press(page, 'Enter', 'Enter');                 // p1: both suggestions right
  await press(page, '1', '2', 'Enter', '3', 'Enter');  // p2: sektor 12 (kominfo), fungsi 3
  await press(page, '7', 'Enter', 'Enter');            // p3: adminduk, suggested fungsi...
  s = await state(page);
  check(s.row === 3, 'after p3 the page shows p4');
  check(readCsv(file)[2].sektor === 'adminduk', 'p3 saved at once');
  await press(page, 'Backspace', 'Backspace');         // ...taken back: fungsi, then sektor
  s = await state(page);
  check(s.row === 2 && s.set === 0, 'two undos go back to p3 sektor: ' + JSON.stringify(s));
  check(readCsv(file)[2].status === '', 'the undone answer is taken out of the file');
  await press(page, '5', 'Enter', '9', 'Enter');       // p3 again: sosial, lainnya
  await press(page, 'S');                              // p4 skipped
  await press(page, '1', '7', 'Backspace', '1', '6', 'Enter'); // p5: 1,7 = label 7; cleared; 16 = umum
  await press(page, 'Enter');                          // p5: suggested fungsi
  const scenarioMs = Date.now() - start;
  s = await state(page);
  check(s.row === 5 && /^5 \/ 6/.test(s.counts), 'progress 5 / 6 on p6: ' + JSON.stringify(s));
  await press(page, 'q');
  check(await server.exited === 0, 'Q finishes: the server exits with 0');
  check(await page.$eval('#done-title', (e) => e.textContent.startsWith('Finished')),
      'the page says the server has stopped');

  const rows = readCsv(file);
  const got = rows.map((r) => [r.id, r.sektor, r.fungsi, r.status, r.coder].join(' '));
  const want = ['p1 kesehatan info_layanan labeled browser', 'p2 kominfo edukasi_imbauan labeled browser',
    'p3 sosial lainnya labeled browser', 'p4   skipped browser', 'p5 umum kegiatan_pimpinan labeled browser',
    'p6    '];
  check(JSON.stringify(got) === JSON.stringify(want), 'saved rows:\n' + got.join('\n'));
  check(errors.length === 0, 'page errors: ' + errors.join('; '));
  await page.close();
  return { scenario_keystrokes: keystrokes, scenario_ms: scenarioMs };
}

// 40 posts whose suggestions are all right: Enter, Enter per post, as fast as the page answers.
async function speedRun(browser, dir) {
  const file = path.join(dir, 'speed.csv');
  const lines = [HEADER];
  for (let i = 0; i < 40; i++) lines.push(post('s' + i, 'Post ' + i, 'kesehatan', 'info_layanan'));
  fs.writeFileSync(file, lines.join('\n') + '\n');
  const server = await serve(file);
  const { page, errors } = await openPage(browser, server.url);
  const start = Date.now();
  for (let i = 0; i < 80; i++) await press(page, 'Enter');
  const ms = Date.now() - start;
  const answerMs = await page.evaluate(() => window.__liputan.answerMs);
  check(readCsv(file).every((r) => r.status === 'labeled'), 'speed run: every post labeled');
  check(errors.length === 0, 'speed run page errors: ' + errors.join('; '));
  await press(page, 'Q');
  await server.exited;
  const sorted = [...answerMs].sort((a, b) => a - b);
  return {
    speed_labels: 80, speed_posts: 40, speed_ms: ms,
    labels_per_minute: Math.round(80 / (ms / 60000)),
    ms_per_label_median: Number(sorted[Math.floor(sorted.length / 2)].toFixed(1)),
    ms_per_label_p95: Number(sorted[Math.floor(sorted.length * 0.95)].toFixed(1)),
  };
}

fs.mkdirSync(artifacts, { recursive: true });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liputan-serve-'));
const browser = await puppeteer.launch({
  executablePath: chromium, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let measures = {};
try {
  measures = { ...await scenario(browser, dir), ...await speedRun(browser, dir) };
  measures.keystrokes_per_post = { suggestion_right: 2, one_set_wrong_label_1_to_9: 3,
    one_set_wrong_label_10_plus: 4, both_wrong_1_to_9: 4 };
} catch (e) {
  failures.push('exception: ' + (e.stack || e));
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
fs.writeFileSync(path.join(artifacts, 'measurements.json'), JSON.stringify(measures, null, 2) + '\n');
console.log(JSON.stringify(measures, null, 2));
if (failures.length) {
  console.error('FAILED:\n- ' + failures.join('\n- '));
  process.exit(1);
}
console.log('PASSED');
