// The extension in Debian's Firefox: see suite.mjs and hardening.mjs.
import { hardeningSuite } from './hardening.mjs';
import { browserSuite } from './suite.mjs';

browserSuite('firefox');
hardeningSuite('firefox');
