#!/usr/bin/env node
// Shows the extension at work: serves out/www on 127.0.0.1, opens the demo
// article in Chromium with the unpacked extension (out/extension, from
// scripts/build-extension) and clicks its toolbar button. With a display,
// the browser window stays open for you (close it to finish); without one,
// or with CI or LUCID_DEMO_HEADLESS set, it runs headless. Either way it
// writes the reader view's screenshot and HTML to out/demo/extension/ and
// says so.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

import { EXTENSION, ROOT, hasView, launch, serve, waitFor } from '../tests/browser/harness.mjs';

const out = join(ROOT, 'out/demo/extension');
const headed = Boolean(
  (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI && !process.env.LUCID_DEMO_HEADLESS,
);

const server = await serve();
const driver = await launch('chromium', { headless: !headed });
try {
  const page = `${server.origin}/demo/article.html`;
  console.log(`demo page: ${page}`);
  console.log(`playground: ${server.origin}/playground/`);
  await driver.goto(page);
  await driver.clickAction();
  await waitFor(() => hasView(driver), {
    what: 'the reader view',
  });

  await mkdir(out, { recursive: true });
  const screenshot = join(out, 'reader.png');
  await driver.screenshot(screenshot);
  // The view lives in a closed shadow root; as a standalone page, with its
  // stylesheet, it looks the same.
  const served = await driver.inShadow('lucid-reader-view', (root) => root.querySelector('.lucid').outerHTML);
  // The server stops with this script: point the images and links at the
  // files themselves.
  const view = served.replaceAll(`${server.origin}/`, pathToFileURL(join(ROOT, 'www/')).href);
  const css = await readFile(join(EXTENSION, 'reader.css'), 'utf8');
  const html = join(out, 'reader.html');
  const doc = [
    '<!DOCTYPE html>',
    '<meta charset="utf-8">',
    '<title>Lucid Reader: the demo article</title>',
    `<style>\nbody { margin: 0; }\n${css}</style>`,
    view,
  ];
  await writeFile(html, `${doc.join('\n')}\n`);
  console.log(`reader view screenshot: ${relative(process.cwd(), screenshot)}`);
  console.log(`reader view HTML: ${relative(process.cwd(), html)}`);

  if (headed) {
    console.log('The reader view is open in Chromium: click the toolbar button or press Esc to see the page again.');
    console.log('Close the browser window to finish.');
    await new Promise((resolve) => driver.page.context().once('close', resolve));
  }
} finally {
  await driver.close().catch(() => {});
  await server.close();
}
