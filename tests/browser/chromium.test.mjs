// The extension in Debian's Chromium: see suite.mjs.
import { browserSuite } from './suite.mjs';

browserSuite('chromium');
