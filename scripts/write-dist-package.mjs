// ncc emits an ES module bundle; Node needs this marker beside it to load dist/index.js as ESM.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../dist/package.json', import.meta.url), '{ "type": "module" }\n');
