#!/usr/bin/env node
// Renders extension/icons/icon.svg to the PNG sizes the manifest lists
// (Chrome takes no SVG icons). Run by hand after changing the SVG; the PNGs
// are committed. Uses the system's Chromium, like the browser tests.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const dir = new URL('../extension/icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: new URL(`icon-${size}.png`, dir).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
