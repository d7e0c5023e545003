// The built extension folder, before any browser: a manifest both browsers
// take, with the least permissions, and Mozilla's validator's approval.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';

import { EXTENSION, ROOT, assertBuilt } from './harness.mjs';

assertBuilt();
const manifest = JSON.parse(await readFile(join(EXTENSION, 'manifest.json'), 'utf8'));

test('the manifest asks for activeTab, scripting and storage only, and no host', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual([...manifest.permissions].sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'injected on click only, never on every page');
});

test('the manifest serves both browsers: a service worker for Chrome, scripts for Firefox', () => {
  assert.equal(manifest.background.service_worker, 'background.js');
  assert.deepEqual(manifest.background.scripts, ['wasm/lucid_reader.js', 'message-parts.js', 'background.js']);
  assert.ok(manifest.browser_specific_settings.gecko.id);
  assert.ok(manifest.commands._execute_action.suggested_key.default, 'a keyboard shortcut toggles the view');
});

test('every file the manifest and the background name is in the folder', async () => {
  const background = await readFile(join(EXTENSION, 'background.js'), 'utf8');
  const injected = JSON.parse(background.match(/CONTENT_SCRIPTS = (\[[^\]]*\])/)[1].replaceAll("'", '"'));
  const inserted = background.match(/PAGE_CSS = '([^']+)'/)[1];
  const files = [
    ...Object.values(manifest.icons),
    ...Object.values(manifest.action.default_icon),
    ...manifest.background.scripts,
    ...manifest.web_accessible_resources.flatMap((r) => r.resources),
    ...injected,
    inserted,
  ];
  for (const file of files) {
    assert.ok((await stat(join(EXTENSION, file))).isFile(), `${file} is missing`);
  }
});

test('web-ext lint: no error, no warning but the expected background one', async () => {
  const webExt = join(ROOT, 'node_modules/.bin/web-ext');
  const run = promisify(execFile);
  const { stdout } = await run(webExt, ['lint', '--source-dir', EXTENSION, '--output', 'json', '--no-config-discovery'], {
    maxBuffer: 16 << 20,
  }).catch((error) => error); // It exits non-zero on errors; the report says which.
  const report = JSON.parse(stdout);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(report.notices, []);
  assert.deepEqual(report.warnings.map((w) => w.code), ['BACKGROUND_SERVICE_WORKER_IGNORED']);
});
