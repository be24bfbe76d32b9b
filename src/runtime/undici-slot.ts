// The other half of lazy-undici.cjs: loads the real undici (a chunk of its own in dist/) for code
// that makes HTTP requests through @actions/github. Outside the bundle the slot is unused.
const SLOT = Symbol.for('iam-mfa-audit.undici');

export async function provideUndici(): Promise<void> {
  (globalThis as Record<symbol, unknown>)[SLOT] ??= await import('undici/index.js');
}
