// The extension in Debian's Chromium: see suite.mjs and hardening.mjs.
import { hardeningSuite } from './hardening.mjs';
import { browserSuite } from './suite.mjs';

browserSuite('chromium');
hardeningSuite('chromium');
