// Drives Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core
// over WebDriver BiDi) with the unpacked extension loaded, behind one small
// interface, and serves pages from 127.0.0.1. Used by the browser tests and
// by scripts/demo-reader. Neither driver may download a browser of its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
process.env.PUPPETEER_SKIP_DOWNLOAD = '1';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION = join(ROOT, 'out/extension');
export const WWW = join(ROOT, 'out/www');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SPEECH_DISPATCHER = '/usr/bin/speech-dispatcher';
const PULSEAUDIO = '/usr/bin/pulseaudio';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const VIEWPORT = { width: 1280, height: 900 };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
};

/**
 * Serves `routes` (path -> {body, type?, headers?}) and otherwise the files
 * of out/www, on 127.0.0.1. Resolves to {origin, close()}.
 */
export async function serve(routes = {}, { port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const route = routes[path];
    if (route) {
      response.writeHead(200, { 'content-type': route.type ?? TYPES['.html'], ...route.headers });
      response.end(route.body);
      return;
    }
    const file = join(WWW, normalize(path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(WWW)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Fails clearly when there is no extension to load. */
export function assertBuilt() {
  if (!existsSync(join(EXTENSION, 'manifest.json')) || !existsSync(join(WWW, 'wasm'))) {
    throw new Error(`no built extension in ${EXTENSION}: run scripts/build-extension first`);
  }
}

/** Polls `check` until it returns a truthy value, which it returns. */
export async function waitFor(check, { timeout = 10_000, interval = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Whether the reader view is open in the driver's page. */
export function hasView(driver) {
  return driver.evaluate(() => document.querySelector('lucid-reader-view') !== null);
}

/**
 * Where the page is scrolled once it has stopped moving. Typing into a
 * field scrolls its caret into view, and Firefox may do that a frame or
 * more after the key: a scroll the test makes meanwhile is undone (CI saw
 * the page end at the bottom, 1624, after scrolling it to 1500). A page
 * that never rests is read after 300 frames, for the caller's check to
 * fail rather than wait forever.
 */
export function restingScroll(driver) {
  return driver.evaluate(async () => {
    const frame = () => new Promise((resolve) => { requestAnimationFrame(resolve); });
    let still = 0;
    let last = window.scrollY;
    for (let frames = 0; still < 10 && frames < 300; frames += 1) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
    return last;
  });
}

/**
 * Voices for the browsers to read aloud with, for real, as on a desktop:
 * Debian's speech-dispatcher and its espeak-ng voices, playing to a
 * PulseAudio server whose only sink plays nothing, in time (a test machine
 * has no sound card; a sink that took sound at once would have a minute of
 * speech over in a second). A private pair for one browser, on sockets of
 * their own, which the browser is told of by SPEECHD_ADDRESS. scripts/setup
 * installs them. Resolves to {env, stop()}, or null where they are not
 * installed (the browser then has no voices).
 */
async function startVoices() {
  if (!existsSync(SPEECH_DISPATCHER) || !existsSync(PULSEAUDIO)) return null;
  const dir = await mkdtemp(join(tmpdir(), 'lucid-voices-'));
  const daemons = [];
  const stop = async () => {
    for (const daemon of daemons.reverse()) {
      if (daemon.exitCode === null && daemon.signalCode === null) {
        const exited = new Promise((resolve) => { daemon.once('exit', resolve); });
        daemon.kill();
        await exited;
      }
    }
    await rm(dir, { recursive: true, force: true });
  };
  const run = async (command, args, env, socket) => {
    const daemon = spawn(command, args, { env: { ...process.env, HOME: dir, ...env }, stdio: 'ignore' });
    daemons.push(daemon);
    await waitFor(() => existsSync(socket) || daemon.exitCode !== null, { what: `${command} to listen` });
    if (daemon.exitCode !== null) throw new Error(`${command} exited with ${daemon.exitCode}`);
  };
  try {
    const pulse = join(dir, 'pulse.sock');
    await mkdir(join(dir, 'run'), { mode: 0o700 });
    await run(PULSEAUDIO, ['--no-cpu-limit', '-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no',
      '--disable-shm', '--load=module-null-sink',
      `--load=module-native-protocol-unix socket=${pulse} auth-anonymous=1`],
    { XDG_RUNTIME_DIR: join(dir, 'run') }, pulse);
    const config = join(dir, 'speech-dispatcher');
    await cp('/etc/speech-dispatcher', config, { recursive: true });
    await appendFile(join(config, 'speechd.conf'), '\nAudioOutputMethod "pulse"\n');
    const speech = join(dir, 'speechd.sock');
    await run(SPEECH_DISPATCHER, ['--run-single', '--timeout', '0', '--config-dir', config,
      '--socket-path', speech, '--log-dir', dir, '--log-level', '1'],
    { PULSE_SERVER: `unix:${pulse}` }, speech);
    return { env: { ...process.env, SPEECHD_ADDRESS: `unix_socket:${speech}` }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// The browser launched by `start()`, or the voices stopped if it fails.
async function stopVoicesIfFails(voices, start) {
  try {
    return await start();
  } catch (error) {
    await voices?.stop();
    throw error;
  }
}

// When clickAction() clicks, as epoch milliseconds with the fraction that
// performance.now() gives: comparable with a page's performance.timeOrigin +
// performance.now() (same machine, same wall clock).
const clickTime = () => performance.timeOrigin + performance.now();

// A function run against a closed shadow root, result returned as JSON so
// that both protocols hand back plain data.
const shadowCall = (fn) => `function (root, arg) { return JSON.stringify((${fn})(root, JSON.parse(arg))); }`;

/**
 * The common interface of both browsers:
 *   goto(url), evaluate(fn, arg), clickAction() (the toolbar button, for
 *   real; resolves to when it clicked, see clickTime), inShadow(tag, fn,
 *   arg) (fn(root, arg) on the closed shadow root of the first `tag`
 *   element, or null if there is none), type(selector, text), press(key),
 *   screenshot(path), colorScheme('dark' | 'light') (what the page's
 *   prefers-color-scheme says), media('print' | 'screen') (the medium the
 *   page's styles see, as when it is printed), wheel(x, y, deltaY) (the
 *   mouse's wheel turned over a point), click(x, y) (the mouse's button,
 *   a real click: user activation, which speech needs), logs (console lines),
 *   close(). `options`: {headless} (default true), and for Firefox
 *   {firefoxPrefs} (preferences to set, name -> value).
 */
export function launch(browser, options) {
  assertBuilt();
  if (browser === 'chromium') return launchChromium(options);
  if (browser === 'firefox') return launchFirefox(options);
  throw new Error(`unknown browser ${browser}`);
}

async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'lucid-chromium-'));
  const voices = await startVoices();
  const context = await stopVoicesIfFails(voices, () => chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: VIEWPORT,
    env: voices?.env,
    args: [
      // Chromium on Linux speaks only through speech-dispatcher, and only when asked to.
      '--enable-speech-dispatcher',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // A click reaches the extension only once its service worker is
  // activated: one sent while it still installs, as a test's first click
  // right after launch could be, is lost without a trace.
  await waitFor(() => worker.evaluate(() => self.serviceWorker?.state === 'activated'), {
    what: "the extension's service worker to be activated",
    interval: 20,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const logs = [];
  page.on('console', (message) => logs.push(`page ${message.type()}: ${message.text()}`));
  worker.on('console', (message) => logs.push(`background ${message.type()}: ${message.text()}`));
  const browserSession = await context.browser().newBrowserCDPSession();
  const pageSession = await context.newCDPSession(page);

  return {
    name: 'chromium',
    page,
    logs,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async clickAction() {
      // The TAB target (not the page's): Extensions.triggerAction acts as a
      // click on the toolbar button, granting activeTab like one.
      const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`clickAction: no tab shows ${page.url()}`);
      const at = clickTime();
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      return at;
    },
    async inShadow(tag, fn, arg = null) {
      const { result } = await pageSession.send('Runtime.evaluate', {
        expression: `document.querySelector(${JSON.stringify(tag)})`,
      });
      if (!result.objectId) return null;
      const { node } = await pageSession.send('DOM.describeNode', { objectId: result.objectId, pierce: true });
      await pageSession.send('Runtime.releaseObject', { objectId: result.objectId });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) return null;
      const { object } = await pageSession.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      const call = await pageSession.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (arg) { return (${shadowCall(fn)})(this, arg); }`,
        arguments: [{ value: JSON.stringify(arg) }],
        returnByValue: true,
        awaitPromise: true,
      });
      await pageSession.send('Runtime.releaseObject', { objectId: object.objectId });
      if (call.exceptionDetails) throw new Error(call.exceptionDetails.exception?.description ?? 'inShadow failed');
      return JSON.parse(call.result.value);
    },
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    media: (medium) => page.emulateMedia({ media: medium }),
    async wheel(x, y, deltaY) {
      await page.mouse.move(x, y);
      await page.mouse.wheel(0, deltaY);
    },
    click: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.locator(selector).pressSequentially(text),
    press: (key) => page.keyboard.press(key),
    // The caret left as it is: Playwright hides it by writing a style to
    // each of the page's inputs, which the soak would see as the page
    // changed.
    screenshot: (path) => page.screenshot({ path, caret: 'initial' }),
    async close() {
      await context.close();
      await voices?.stop();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ headless = true, firefoxPrefs = {} } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const voices = await startVoices();
  const browser = await stopVoicesIfFails(voices, () => puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    env: voices?.env ?? process.env,
    defaultViewport: VIEWPORT,
    // Lets the test run a privileged script in the browser's own window:
    // the only way to click the toolbar button (see clickAction).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs,
  }));
  const extensionId = await browser.installExtension(EXTENSION);
  const bidi = browser.connection;
  const send = async (method, params) => (await bidi.send(method, params)).result;
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(VIEWPORT);
  const logs = [];
  page.on('console', (message) => logs.push(`page ${message.type()}: ${message.text()}`));
  const { contexts: [chromeWindow] } = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  // Runs privileged code in the browser's window (allowed by
  // -remote-allow-system-access).
  const chrome = async (code) => {
    const { exceptionDetails } = await send('script.evaluate', {
      expression: `(() => { ${code}; })()`,
      target: { context: chromeWindow.context },
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`in the browser window: ${exceptionDetails.text}`);
  };
  const pageContext = async () => {
    const { contexts } = await send('browsingContext.getTree', { maxDepth: 0 });
    return (contexts.find((c) => c.url === page.url()) ?? contexts[0]).context;
  };

  return {
    name: 'firefox',
    page,
    logs,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async colorScheme(scheme) {
      // Firefox's own setting for what pages see (0 dark, 1 light).
      await chrome(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${
        scheme === 'dark' ? 0 : 1})`);
    },
    async wheel(x, y, deltaY) {
      await page.mouse.move(x, y);
      await page.mouse.wheel({ deltaY });
    },
    click: (x, y) => page.mouse.click(x, y),
    async media(medium) {
      // What the developer tools' print simulation sets, on the tab.
      await chrome(`gBrowser.selectedBrowser.browsingContext.mediumOverride = ${
        JSON.stringify(medium === 'screen' ? '' : medium)}`);
    },
    async clickAction() {
      await page.bringToFront();
      // What a click on the toolbar button does, in the browser window, for
      // its selected tab (this page).
      const at = clickTime();
      await chrome(`
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const { extension } = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)});
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      `);
      return at;
    },
    async inShadow(tag, fn, arg = null) {
      const context = await pageContext();
      // BiDi serializes a closed shadow root too when asked for 'all', and
      // hands back a reference to it that a function can take as argument.
      const found = await send('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(tag)})`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
      });
      const shadow = found.result?.value?.shadowRoot;
      if (!shadow?.sharedId) return null;
      const call = await send('script.callFunction', {
        functionDeclaration: shadowCall(fn),
        arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg) }],
        target: { context },
        awaitPromise: true,
      });
      if (call.type === 'exception') throw new Error(call.exceptionDetails?.text ?? 'inShadow failed');
      return JSON.parse(call.result.value);
    },
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key),
    screenshot: (path) => page.screenshot({ path }),
    async close() {
      await browser.close();
      await voices?.stop();
    },
  };
}
