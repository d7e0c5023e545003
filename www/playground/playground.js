// The playground: the engine (the very wasm the extension runs) on any HTML,
// rendered by the extension's own view code, with the metadata beside it.
'use strict';

const $ = (id) => document.getElementById(id);
const FIELDS = [
  'title', 'headline', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'leadImage',
  'wordCount', 'readingTimeMinutes', 'readerable',
];
const SETTINGS_KEY = 'lucid-reader-settings';

const ready = Promise.all([
  wasm_bindgen({ module_or_path: '../wasm/lucid_reader_bg.wasm' }),
  fetch('reader.css').then((r) => r.text()),
]);

let timer;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 200);
}

async function run() {
  let css;
  try {
    [, css] = await ready;
  } catch (error) {
    $('status').textContent = `The engine did not load: ${error.message}`;
    return;
  }
  const bytes = new TextEncoder().encode($('html').value);
  const started = performance.now();
  let article;
  try {
    article = wasm_bindgen.extract(bytes, $('url').value);
  } catch (error) {
    $('status').textContent = `The engine failed: ${error.message}`;
    return;
  }
  const ms = performance.now() - started;
  $('status').textContent = `${(bytes.length / 1024).toFixed(1)} kB in ${ms.toFixed(1)} ms · ${article.wordCount} words`;
  showMetadata(article);
  $('json').textContent = JSON.stringify(article, null, 2);

  const preview = $('preview');
  if (!article.readerable) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No article here: on this page the extension shows a short notice instead of a view.';
    preview.replaceChildren(empty);
    return;
  }
  const view = LucidView.create(article, {
    url: $('url').value, css, settings: loadSettings(), onSettings: saveSettings,
  });
  preview.replaceChildren(view.host);
}

function showMetadata(article) {
  const rows = FIELDS.flatMap((field) => {
    const dt = document.createElement('dt');
    dt.textContent = field;
    const dd = document.createElement('dd');
    const value = article[field];
    dd.textContent = value === null ? 'none' : String(value);
    dd.title = dd.textContent;
    if (value === null) dd.className = 'none';
    return [dt, dd];
  });
  $('metadata').replaceChildren(...rows);
}

function loadSettings() {
  try {
    return JSON.parse(localStorage.getItem(SETTINGS_KEY));
  } catch {
    return null;
  }
}

function saveSettings(settings) {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

async function loadSample(path) {
  if (!path) return;
  const url = new URL(path, location.href);
  $('status').textContent = 'Loading the sample…';
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    $('html').value = await response.text();
  } catch (error) {
    $('status').textContent = `The sample did not load: ${error.message}`;
    return;
  }
  $('url').value = url.href;
  run();
}

$('html').addEventListener('input', () => {
  $('sample').value = '';
  schedule();
});
$('url').addEventListener('input', schedule);
$('sample').addEventListener('change', () => loadSample($('sample').value));

if ($('html').value === '') {
  $('sample').value = '../demo/article.html';
  loadSample($('sample').value);
} else {
  run();
}
