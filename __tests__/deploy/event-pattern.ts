// A small EventBridge event-pattern matcher: the operators deploy/change-events uses ($or, exists,
// anything-but, equals-ignore-case, prefix) and exact values, by the rules of the EventBridge user
// guide ("Event patterns", "Content filtering"). Tested first against the guide's own examples.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Pattern = { [key: string]: Json };

/** Whether `event` matches `pattern`. */
export function matchesPattern(pattern: Pattern, event: unknown): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    if (key === '$or') {
      if (!Array.isArray(rule) || rule.length < 2)
        throw new Error('$or needs two or more patterns');
      return rule.some((branch) => matchesPattern(branch as Pattern, event));
    }
    const value = isObject(event) ? event[key] : undefined;
    if (Array.isArray(rule)) return matchesLeaf(rule, value);
    if (isObject(rule)) return matchesPattern(rule as Pattern, value);
    throw new Error(`pattern values must be arrays or objects (at ${key})`);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A leaf: any of the matchers, against the value or, for an array, any of its elements. */
function matchesLeaf(matchers: Json[], value: unknown): boolean {
  return matchers.some((matcher) => {
    if (isObject(matcher) && 'exists' in matcher) return (value !== undefined) === matcher.exists;
    if (value === undefined) return false;
    const values = Array.isArray(value) ? value : [value];
    return values.some((one) => matchesOne(matcher, one));
  });
}

function matchesOne(matcher: Json, value: unknown): boolean {
  if (!isObject(matcher)) return matcher === value;
  const [[operator, operand], ...rest] = Object.entries(matcher) as [[string, Json]];
  if (rest.length > 0) throw new Error('one operator per matcher');
  switch (operator) {
    case 'prefix':
      return typeof operand === 'string' && typeof value === 'string' && value.startsWith(operand);
    case 'equals-ignore-case':
      return (
        typeof operand === 'string' &&
        typeof value === 'string' &&
        value.toLowerCase() === operand.toLowerCase()
      );
    case 'anything-but': {
      if (isObject(operand)) return !matchesOne(operand, value);
      const excluded = Array.isArray(operand) ? operand : [operand];
      return !excluded.includes(value as Json);
    }
    default:
      throw new Error(`operator ${operator} is not supported by this matcher`);
  }
}

/**
 * An input transformer applied as EventBridge documents it: each InputPathsMap path read from the
 * event; a placeholder outside quotes takes the value as a JSON value; a path that is missing
 * drops its key. Returns the body EventBridge would send.
 */
export function applyInputTransformer(
  transformer: { InputPathsMap: Record<string, string>; InputTemplate: string },
  event: unknown,
): unknown {
  const MISSING = '\u0000missing';
  let text = transformer.InputTemplate;
  for (const [name, path] of Object.entries(transformer.InputPathsMap)) {
    const value = readPath(event, path);
    text = text.split(`<${name}>`).join(JSON.stringify(value === undefined ? MISSING : value));
  }
  return dropMissing(JSON.parse(text), MISSING);
}

/** `$.detail.requestParameters.userName` → the value, or undefined where any step is missing. */
export function readPath(event: unknown, path: string): unknown {
  if (!/^\$(\.[A-Za-z0-9_-]+)+$/.test(path)) throw new Error(`unsupported path ${path}`);
  let value: unknown = event;
  for (const step of path.split('.').slice(1)) value = isObject(value) ? value[step] : undefined;
  return value === null ? undefined : value;
}

function dropMissing(value: unknown, missing: string): unknown {
  if (Array.isArray(value)) return value.map((item) => dropMissing(item, missing));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== missing)
      .map(([key, item]) => [key, dropMissing(item, missing)]),
  );
}
