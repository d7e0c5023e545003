// The extension in Debian's Firefox: see suite.mjs.
import { browserSuite } from './suite.mjs';

browserSuite('firefox');
