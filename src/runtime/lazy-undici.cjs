// Bundled in place of `undici` (tsconfig.json `paths`). @actions/http-client imports undici, 900 KB
// evaluated at start-up, for a ProxyAgent that only @actions/github's fetch uses; the audit never
// does. The real undici is a chunk of its own that src/runtime/undici-slot.ts puts here first.
'use strict';
const SLOT = Symbol.for('iam-mfa-audit.undici');
const loaded = (name) => {
  const undici = globalThis[SLOT];
  if (!undici) throw new Error(`undici.${name} was used before undici was loaded (provideUndici)`);
  return undici[name];
};
for (const name of ['Agent', 'ProxyAgent', 'fetch', 'setGlobalDispatcher', 'getGlobalDispatcher'])
  Object.defineProperty(exports, name, { enumerable: true, get: () => loaded(name) });
