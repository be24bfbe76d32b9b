// Every YAML block of the README is either a whole workflow (`name:`, `on:`, `jobs:`, and
// `permissions:` at the top or in every job) or labelled, on its first line, `# steps to add to a job:`.
// Each passes @action-validator/core, GitHub's workflow schema as the SchemaStore keeps it: steps to
// add are checked as the steps of a job. Every example pins each action the same way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { ROOT } from './fake-aws/run-action.js';

const require = createRequire(import.meta.url);
const { validateWorkflow } = require('@action-validator/core') as {
  validateWorkflow: (src: string) => { errors: Array<{ title: string; path?: string }> };
};

const yamlBlocks = (file: string): string[] =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(
    (m) => m[1] as string,
  );
const isWorkflow = (block: string) => /^on:/m.test(block) && /^jobs:/m.test(block);
/** A block that is part of a workflow: it names steps, an action or a command. */
const isWorkflowPart = (block: string) => /^\s*(?:-\s+)?(?:uses|run|steps|jobs):/m.test(block);

/** The deploy guides: every workflow snippet in them is whole, or labelled as steps to add. */
const DEPLOY_GUIDES = ['deploy/README.md', 'deploy/change-events/README.md'];
const deployBlocks = DEPLOY_GUIDES.flatMap((file) =>
  yamlBlocks(file).map((block) => [file, block] as const),
);
const blocks = yamlBlocks('README.md');
const STEPS_LABEL = '# steps to add to a job:';
const isSteps = (block: string) => block.split('\n')[0]?.trim() === STEPS_LABEL;
const workflows = blocks.filter(isWorkflow);
const stepBlocks = blocks.filter(isSteps);

/** Steps to add, as the one job of a workflow, so that the validator checks them as steps. */
function asJob(steps: string): string {
  const body = steps
    .split('\n')
    .slice(1)
    .map((line) => (line ? `      ${line}` : line))
    .join('\n');
  return `name: steps\non: push\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n${body}`;
}

/** Why a block is not a whole workflow: the top-level keys it lacks, and jobs without permissions. */
function notWhole(block: string): string[] {
  const doc = parse(block) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') return ['not a mapping'];
  const missing = ['name', 'on', 'jobs'].filter((key) => !(key in doc));
  if (!('permissions' in doc)) {
    const jobs = (doc.jobs ?? {}) as Record<string, Record<string, unknown>>;
    for (const [id, job] of Object.entries(jobs))
      if (!('permissions' in job)) missing.push(`permissions (job ${id})`);
  }
  return missing;
}

describe('every YAML block of the README', () => {
  test('is a whole workflow or labelled as steps to add', () => {
    const neither = blocks.filter((block) => !isSteps(block) && notWhole(block).length > 0);
    expect(neither.map((block) => [block.split('\n')[0], notWhole(block)])).toEqual([]);
    expect(workflows.length + stepBlocks.length).toBe(blocks.length);
  });

  test('notWhole sees a workflow without on:, name: or permissions (so that passing means something)', () => {
    expect(notWhole('jobs:\n  a:\n    runs-on: x\n    steps: []\n')).toEqual([
      'name',
      'on',
      'permissions (job a)',
    ]);
    expect(notWhole('name: n\non: push\npermissions: {}\njobs: {}\n')).toEqual([]);
  });

  test.each(stepBlocks.map((b, i) => [i, b] as const))(
    'steps to add %i are valid as the steps of a job',
    (_i, block) => {
      expect(validateWorkflow(asJob(block)).errors).toEqual([]);
    },
  );

  test('the validator refuses broken steps to add (so that passing means something)', () => {
    expect(
      validateWorkflow(asJob(`${STEPS_LABEL}\n- uses: 5\n  with: nope\n`)).errors.length,
    ).toBeGreaterThan(0);
  });

  test('every action is pinned one way everywhere, and the action itself at v0', () => {
    const pins = new Map<string, Set<string>>();
    for (const block of blocks)
      for (const m of block.matchAll(/uses: ([\w.-]+\/[\w./-]+)@(\S+)/g)) {
        const action = (m[1] as string).split('/').slice(0, 2).join('/');
        pins.set(action, (pins.get(action) ?? new Set()).add(m[2] as string));
      }
    const many = [...pins].filter(([, refs]) => refs.size > 1).map(([a, refs]) => [a, [...refs]]);
    expect(many).toEqual([]);
    expect([...(pins.get('iam-mfa-audit/iam-mfa-audit') ?? [])]).toEqual(['v0']);
    for (const [action, refs] of pins)
      if (action !== 'iam-mfa-audit/iam-mfa-audit')
        expect([action, [...refs][0]]).toEqual([action, expect.stringMatching(/^[0-9a-f]{40}$/)]);
  });
});

describe('the README workflows', () => {
  test('the change-triggered workflow is among them', () => {
    expect(workflows.some((w) => w.includes('types: [iam-mfa-change]'))).toBe(true);
    expect(workflows.length).toBeGreaterThanOrEqual(3);
  });

  test('the validator refuses a broken workflow (so that passing means something)', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    steps: 5\n').errors.length).toBeGreaterThan(
      0,
    );
  });

  test.each(workflows.map((w, i) => [i, w.split('\n')[0] ?? '', w] as const))(
    'workflow %i (%s) is valid',
    (_i, _first, workflow) => {
      expect(validateWorkflow(workflow).errors).toEqual([]);
    },
  );
});

describe('the deploy guides’ workflows', () => {
  test('deploy/README.md shows whole workflows: the scheduled run with the PR check, and the Organization’s', () => {
    const whole = deployBlocks.filter(([, block]) => isWorkflow(block)).map(([, block]) => block);
    expect(whole.some((w) => /^ {2}pull_request:/m.test(w) && /^ {2}schedule:/m.test(w))).toBe(
      true,
    );
    expect(whole.some((w) => w.includes('accounts: organization'))).toBe(true);
  });

  test('the classifier: a fragment of a workflow is neither whole nor labelled; labelled steps are wrapped', () => {
    const fragment = 'permissions:\n  id-token: write\nsteps:\n  - uses: a/b@v1\n';
    expect(isWorkflowPart(fragment)).toBe(true);
    expect(isWorkflow(fragment) || isSteps(fragment)).toBe(false);
    expect(isWorkflowPart('- control: IAM.5\n  reason: x\n')).toBe(false);
    const labelled = `${STEPS_LABEL}\n- uses: actions/checkout@v4\n`;
    expect(validateWorkflow(asJob(labelled)).errors).toEqual([]);
    expect(
      validateWorkflow(asJob(`${STEPS_LABEL}\n- uses: 5\n  with: x\n`)).errors.length,
    ).toBeGreaterThan(0);
  });

  test.each(deployBlocks.map(([file, block], i) => [i, file, block] as const))(
    'block %i of %s: a valid whole workflow, valid labelled steps, or no workflow at all',
    (_i, _file, block) => {
      if (isWorkflow(block)) expect(validateWorkflow(block).errors).toEqual([]);
      else if (isSteps(block)) expect(validateWorkflow(asJob(block)).errors).toEqual([]);
      else expect(isWorkflowPart(block)).toBe(false);
    },
  );
});

// The subset of GitHub's expression language the README's concurrency group uses, evaluated as
// GitHub documents it ("Evaluate expressions in workflows and actions"): property access (a missing
// property is null), string literals, `==` (strings compared ignoring case), `&&` and `||` returning
// one of their operands, parentheses; falsy are null, false, 0, '' and NaN; `${{ }}` in a string
// inserts the value, null as ''.
type Value = string | number | boolean | null | { [key: string]: Value };
const truthy = (v: Value) => !(v === null || v === false || v === 0 || v === '' || Number.isNaN(v));

function evaluateExpression(source: string, context: Record<string, Value>): Value {
  const tokens =
    source.match(/'(?:[^']|'')*'|&&|\|\||==|[()]|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*|\S/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new Error(`unexpected end of ${source}`);
    return token;
  };
  const primary = (): Value => {
    const token = next();
    if (token === '(') {
      const value = or();
      if (next() !== ')') throw new Error(`missing ) in ${source}`);
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (!/^[A-Za-z_]/.test(token)) throw new Error(`unexpected ${token} in ${source}`);
    let value: Value = context;
    for (const step of token.split('.'))
      value = value !== null && typeof value === 'object' ? (value[step] ?? null) : null;
    return value;
  };
  const equality = (): Value => {
    let left = primary();
    while (peek() === '==') {
      next();
      const right = primary();
      left =
        typeof left === 'string' && typeof right === 'string'
          ? left.toLowerCase() === right.toLowerCase()
          : left === right;
    }
    return left;
  };
  const and = (): Value => {
    let left = equality();
    while (peek() === '&&') {
      next();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`unexpected ${peek()} in ${source}`);
  return value;
}

/** A workflow string with each `${{ … }}` replaced by its value. */
function interpolate(text: string, context: Record<string, Value>): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, expression: string) => {
    const value = evaluateExpression(expression, context);
    return value === null ? '' : String(value);
  });
}

describe('the evaluator, on the expression documentation’s examples', () => {
  const context = { github: { event_name: 'push', ref: 'refs/heads/main', run_id: '42' } };
  test.each<[string, Value]>([
    [
      "github.ref == 'refs/heads/main' && 'value_for_main_branch' || 'value_for_other_branches'",
      'value_for_main_branch',
    ],
    [
      "github.ref == 'refs/heads/dev' && 'value_for_main_branch' || 'value_for_other_branches'",
      'value_for_other_branches',
    ],
    ["github.event_name == 'PUSH'", true],
    ["github.missing || 'fallback'", 'fallback'],
    ['github.missing.deeper', null],
    ["'' && 'x'", ''],
    ["(github.missing || github.run_id) && 'y'", 'y'],
    ["'It''s'", "It's"],
  ])('%s', (expression, expected) => {
    expect(evaluateExpression(expression, context)).toEqual(expected);
  });
  test('refuses what it does not model, rather than guessing', () => {
    expect(() => evaluateExpression("contains(github.ref, 'main')", context)).toThrow();
    expect(() => evaluateExpression("github.ref != 'x'", context)).toThrow();
  });
});

describe('the change-triggered workflow’s concurrency group', () => {
  const workflow = workflows.find((w) => w.includes('types: [iam-mfa-change]')) as string;
  const { concurrency } = parse(workflow) as {
    concurrency: { group: string; 'cancel-in-progress': boolean };
  };
  const dispatch = (payload: Record<string, Value>, runId: string) => ({
    github: {
      event_name: 'repository_dispatch',
      run_id: runId,
      event: { action: 'iam-mfa-change', client_payload: payload },
    },
  });
  const group = (payload: Record<string, Value>, runId = '1000') =>
    interpolate(concurrency.group, dispatch(payload, runId));
  const ACCOUNT = '123456789012';
  const signIn = (eventId: string) => ({
    account: ACCOUNT,
    event: 'ConsoleLogin',
    eventId,
    mfaUsed: 'No',
  });
  const created = (user: string, eventId: string) => ({
    account: ACCOUNT,
    event: 'CreateUser',
    user,
    eventId,
  });
  const ID = [
    '3f0c5b6e-8a2d-4c1e-9b7a-1d2e3f4a5b6c',
    '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  ] as const;

  test('never cancels a running audit, and the group is computed per run', () => {
    expect(concurrency['cancel-in-progress']).toBe(false);
    expect(concurrency.group).toMatch(/^[^$]*\$\{\{[\s\S]+\}\}/);
  });

  test('two root sign-ins of one account: two groups, so neither is ever cancelled', () => {
    const [first, second] = [group(signIn(ID[0]), '1'), group(signIn(ID[1]), '2')];
    expect(first).not.toBe(second);
    expect(first).toContain(ACCOUNT);
    expect(second).toContain(ACCOUNT);
    // Nor does a sign-in share a group with the account's other changes.
    expect(first).not.toBe(group(created('alice', ID[1]), '3'));
  });

  test('a sign-in delivered twice (EventBridge retries) is one group', () => {
    expect(group(signIn(ID[0]), '1')).toBe(group(signIn(ID[0]), '2'));
  });

  test('two CreateUser events of one account share a group; another account has its own', () => {
    expect(group(created('alice', ID[0]), '1')).toBe(group(created('bob', ID[1]), '2'));
    expect(group({ ...created('alice', ID[0]), account: '210987654321' })).not.toBe(
      group(created('alice', ID[0])),
    );
  });

  test('the daily and manual runs share one group, apart from any account', () => {
    const scheduled = interpolate(concurrency.group, {
      github: { event_name: 'schedule', run_id: '7', event: {} },
    });
    const manual = interpolate(concurrency.group, {
      github: { event_name: 'workflow_dispatch', run_id: '8', event: {} },
    });
    expect(scheduled).toBe(manual);
    expect(scheduled).not.toContain(ACCOUNT);
  });
});
