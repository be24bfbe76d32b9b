// GetAccountSummary's three root facts, each a whole number ≥ 0 as AWS sent it, or unknown.
import { GetAccountSummaryCommand, type IAMClient } from '@aws-sdk/client-iam';
import { SUMMARY_FIELD, SUMMARY_KEYS, type AccountSummaryFacts } from '../model.js';

/**
 * The SDK reads `<value>abc</value>` as NaN and `<value></value>` as 0, so an empty value would
 * pass IAM.4 and IAM.9's "no password". The body as AWS sent it is kept beside the parsed map,
 * and a value is taken only where both say the same whole number.
 */
export async function readAccountSummary(iam: IAMClient): Promise<AccountSummaryFacts> {
  const input = {};
  const command = new GetAccountSummaryCommand(input);
  command.middlewareStack.addRelativeTo(
    keepBody as unknown as Parameters<typeof command.middlewareStack.addRelativeTo>[0],
    { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'keepSummaryBody' },
  );
  const out = await iam.send(command);
  return summaryFacts(out.SummaryMap ?? {}, rawSummaryValues(bodies.get(input) ?? ''));
}

/**
 * Each call's body, by its command's input. Not by a closure per call: a client that caches its
 * handlers (cacheMiddleware) runs the first GetAccountSummary's middleware for every later one,
 * and the input is what each call passes through it.
 */
const bodies = new WeakMap<object, string>();
type Next = (args: { input: object }) => Promise<{ response: { body?: unknown } }>;
const keepBody = (next: Next) => async (args: { input: object }) => {
  const result = await next(args);
  const bytes = await bytesOf(result.response.body);
  bodies.set(args.input, Buffer.from(bytes).toString('utf8'));
  result.response.body = bytes;
  return result;
};

/** The parsed map and the raw values → the facts: a key whose two readings disagree is malformed. */
export function summaryFacts(
  parsed: Partial<Record<string, number>>,
  raw: ReadonlyMap<string, string>,
): AccountSummaryFacts {
  const facts: AccountSummaryFacts = {};
  for (const key of SUMMARY_KEYS) {
    const value = parsed[key];
    if (value === undefined && !raw.has(key)) continue;
    const text = raw.get(key);
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= 0 &&
      text !== undefined &&
      /^\s*\d+\s*$/.test(text) &&
      Number(text) === value
    )
      facts[SUMMARY_FIELD[key]] = value;
    else (facts.malformed ??= {})[key] = text ?? String(value);
  }
  return facts;
}

/** `<entry><key>K</key><value>V</value></entry>` → K → V, from the body as AWS sent it. */
export function rawSummaryValues(body: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [, entry = ''] of body.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
    const key = /<key>\s*([^<]*?)\s*<\/key>/.exec(entry)?.[1];
    if (!key) continue;
    const value = /<value>([^<]*)<\/value>/.exec(entry)?.[1] ?? '';
    values.set(key, value);
  }
  return values;
}

async function bytesOf(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>)
    chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
