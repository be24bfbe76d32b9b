// Terraform modules as data: HCL parsed by HashiCorp's own parser (@cdktf/hcl2json, the Go HCL
// library compiled to WebAssembly), and an evaluator for the expressions these modules use, so a
// module's IAM policies can be rendered for given variables as `terraform plan` would.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getExpressionAst, parse } from '@cdktf/hcl2json';
import type { Json } from './cloudformation.js';

type Block = Record<string, Json>;
export interface Module {
  variable?: Record<
    string,
    Array<{ default?: Json; validation?: Array<{ condition: string; error_message: string }> }>
  >;
  locals?: Array<Record<string, Json>>;
  data?: Record<string, Record<string, Block[]>>;
  resource?: Record<string, Record<string, Block[]>>;
  output?: Record<string, Array<{ value: Json }>>;
  terraform?: Json;
}

/** Every .tf file of a module directory, parsed and merged by block type and label. */
export async function loadTerraformModule(dir: string): Promise<Module> {
  const merged: Record<string, Record<string, Json>> = {};
  const files = readdirSync(dir).filter((name) => name.endsWith('.tf'));
  if (files.length === 0) throw new Error(`no .tf files in ${dir}`);
  for (const file of files) {
    const parsed = await parse(file, readFileSync(path.join(dir, file), 'utf8'));
    for (const [blockType, body] of Object.entries(parsed)) {
      const target = (merged[blockType] ??= {});
      if (Array.isArray(body)) target.list = [...((target.list as Json[]) ?? []), ...body];
      else
        for (const [label, value] of Object.entries(body as Record<string, Json>)) {
          if (blockType === 'data' || blockType === 'resource')
            target[label] = { ...(target[label] as object), ...(value as object) };
          else if (label in target) throw new Error(`${blockType} ${label} is declared twice`);
          else target[label] = value;
        }
    }
  }
  return Object.fromEntries(
    Object.entries(merged).map(([type, body]) => [type, 'list' in body ? body.list : body]),
  ) as Module;
}

interface Ast {
  type: string;
  children: Ast[];
  meta: { value: string; fullAccessor?: string; operator?: string; type?: string; name?: string };
}

type Value = Json | undefined;

/** Resolves a reference such as `var.x`, `local.y`, `data.aws_partition.current.partition`. */
export type Resolve = (accessor: string) => Promise<Value>;

/**
 * Evaluates a value as hcl2json gives it: literals as they are, strings as HCL templates
 * (`"repo:${var.owner}"`, or a whole expression as `"${a ? b : c}"`), lists and objects inside out.
 */
export async function evaluateValue(value: Json, resolve: Resolve): Promise<Value> {
  if (Array.isArray(value))
    return Promise.all(value.map((item) => evaluateValue(item, resolve))) as Promise<Json[]>;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) {
      const resolved = await evaluateValue(item, resolve);
      if (resolved !== undefined) out[key] = resolved;
    }
    return out;
  }
  if (typeof value !== 'string' || !value.includes('${')) return value;
  return evaluateAst(await expressionAst(value), resolve);
}

async function expressionAst(text: string): Promise<Ast> {
  // A value that is one interpolation is that expression (it may span lines); otherwise a template.
  if (text.startsWith('${') && text.endsWith('}')) {
    try {
      const ast = await getExpressionAst('value.tf', text.slice(2, -1));
      if (ast) return ast as unknown as Ast;
    } catch {
      // `${a}-${b}`: not one expression; parse it as the template it is.
    }
  }
  const ast = await getExpressionAst('value.tf', JSON.stringify(text));
  if (!ast) throw new Error(`cannot parse ${text}`);
  return ast as unknown as Ast;
}

async function evaluateAst(node: Ast, resolve: Resolve): Promise<Value> {
  const child = (index: number) => evaluateAst(node.children[index] as Ast, resolve);
  switch (node.type) {
    case '': // parentheses
    case 'templateWrap':
      return child(0);
    case 'literalValue':
      if (node.meta.type === 'bool') return node.meta.value === 'true';
      if (node.meta.type === 'number') return Number(node.meta.value);
      if (node.meta.type === 'string') return node.meta.value.replace(/\\(["\\])/g, '$1');
      break;
    case 'template': {
      const parts = await Promise.all(node.children.map((part) => evaluateAst(part, resolve)));
      if (parts.some((part) => part === undefined)) return undefined;
      return parts.join('');
    }
    case 'tuple':
      return (await Promise.all(node.children.map((item) => evaluateAst(item, resolve)))) as Json[];
    case 'scopeTraversal': {
      const value = await resolve(node.meta.fullAccessor as string);
      if (value === undefined) throw new Error(`unknown reference ${node.meta.fullAccessor}`);
      return value;
    }
    case 'conditional':
      return (await child(0)) ? child(1) : child(2);
    case 'function':
      if (node.meta.name === 'can')
        return child(0).then(
          () => true,
          () => false,
        );
      if (node.meta.name === 'length') {
        const value = await child(0);
        if (!Array.isArray(value)) throw new Error('length of a value that is not a list');
        return value.length;
      }
      if (node.meta.name === 'split') return String(await child(1)).split(String(await child(0)));
      if (node.meta.name === 'join') {
        const [separator, list] = [String(await child(0)), await child(1)];
        if (!Array.isArray(list)) throw new Error('join of a value that is not a list');
        return list.map(String).join(separator);
      }
      if (node.meta.name === 'formatlist' && node.children.length === 2) {
        // formatlist(format, list) with %s verbs only: one string per element of the list.
        const [format, list] = [String(await child(0)), await child(1)];
        if (!Array.isArray(list) || /%(?!s)/.test(format))
          throw new Error(`formatlist not modelled: ${format}`);
        return list.map((item) => format.replaceAll('%s', String(item)));
      }
      if (node.meta.name === 'regex') {
        const [pattern, text] = [String(await child(0)), String(await child(1))];
        const match = new RegExp(pattern).exec(text);
        if (!match) throw new Error(`regex ${pattern} does not match ${text}`);
        return match[0];
      }
      break;
    case 'unaryOp':
      if (node.meta.operator === 'logicalNot') return !(await child(0));
      break;
    case 'binaryOp': {
      const [left, right] = [await child(0), await child(1)];
      switch (node.meta.operator) {
        case 'equal':
          return left === right;
        case 'notEqual':
          return left !== right;
        case 'logicalAnd':
          return Boolean(left) && Boolean(right);
        case 'logicalOr':
          return Boolean(left) || Boolean(right);
      }
      break;
    }
  }
  throw new Error(
    `expression not modelled: ${node.type} ${node.meta.operator ?? ''} ${node.meta.value}`,
  );
}

export interface Plan {
  partition: string;
  accountId: string;
  /** data.aws_region.current.name; us-east-1 when not given. */
  region?: string;
  variables: Record<string, Json>;
  /** Asked first for any other reference, e.g. a stand-in for a resource's computed attribute. */
  attribute?: (accessor: string) => Value;
}

/**
 * A module's values for given variables: `var.*` (with defaults), `local.*`, the partition and
 * caller identity data sources, and the ARNs of the IAM resources it creates.
 */
export function moduleResolver(module: Module, plan: Plan): Resolve {
  const variables: Record<string, Json> = {};
  for (const [name, [spec]] of Object.entries(module.variable ?? {}) as Array<
    [string, Array<{ default?: Json }>]
  >) {
    const value = plan.variables[name] ?? spec?.default;
    if (value === undefined) throw new Error(`variable ${name} has no value and no default`);
    variables[name] = value;
  }
  for (const name of Object.keys(plan.variables))
    if (!(name in variables)) throw new Error(`the module has no variable ${name}`);
  const locals: Record<string, Json> = Object.assign({}, ...(module.locals ?? []));
  const arnPrefix = `arn:${plan.partition}:iam::${plan.accountId}`;

  const resolve: Resolve = async (accessor) => {
    const [scope, ...rest] = accessor.split('.');
    const name = rest.join('.');
    if (scope === 'var') return variables[name];
    if (scope === 'local')
      return name in locals ? evaluateValue(locals[name] as Json, resolve) : undefined;
    if (accessor === 'data.aws_partition.current.partition') return plan.partition;
    if (accessor === 'data.aws_caller_identity.current.account_id') return plan.accountId;
    if (accessor === 'data.aws_region.current.name') return plan.region ?? 'us-east-1';
    const standIn = plan.attribute?.(accessor);
    if (standIn !== undefined) return standIn;
    const policy = /^data\.aws_iam_policy_document\.(\w+)\.json$/.exec(accessor);
    if (policy) return renderPolicyDocument(module, policy[1] as string, resolve);
    const provider = /^aws_iam_openid_connect_provider\.(\w+)(\[0\])?\.arn$/.exec(accessor);
    if (provider) {
      const [spec] =
        module.resource?.aws_iam_openid_connect_provider?.[provider[1] as string] ?? [];
      if (!spec) return undefined;
      const url = String(await evaluateValue(spec.url as Json, resolve));
      return `${arnPrefix}:oidc-provider/${url.replace(/^https:\/\//, '')}`;
    }
    const role = /^aws_iam_role\.(\w+)\.arn$/.exec(accessor);
    if (role) {
      const [spec] = module.resource?.aws_iam_role?.[role[1] as string] ?? [];
      if (!spec) return undefined;
      const rolePath = await evaluateValue(spec.path ?? '/', resolve);
      return `${arnPrefix}:role${String(rolePath)}${String(await evaluateValue(spec.name as Json, resolve))}`;
    }
    return undefined;
  };
  return resolve;
}

/** Throws, as `terraform plan` would, when a variable's validation or a precondition refuses the plan. */
export async function checkPlan(module: Module, plan: Plan): Promise<void> {
  const resolve = moduleResolver(module, plan);
  const rules: Array<{ condition: string; error_message: string }> = [];
  for (const [spec] of Object.values(module.variable ?? {}))
    rules.push(...(spec?.validation ?? []));
  for (const blocks of Object.values(module.resource ?? {}))
    for (const [spec] of Object.values(blocks))
      for (const lifecycle of (spec?.lifecycle ?? []) as Block[])
        rules.push(...((lifecycle.precondition ?? []) as typeof rules));
  for (const rule of rules)
    if (!(await evaluateValue(rule.condition, resolve))) throw new Error(rule.error_message);
}

/** An aws_iam_policy_document data source as the JSON policy the provider renders from it. */
async function renderPolicyDocument(module: Module, name: string, resolve: Resolve): Promise<Json> {
  const [document] = module.data?.aws_iam_policy_document?.[name] ?? [];
  if (!document) throw new Error(`no data.aws_iam_policy_document.${name}`);
  const statements: Json[] = [];
  for (const statement of (document.statement ?? []) as Block[]) {
    const rendered: Record<string, Json> = {};
    const value = (key: string) => evaluateValue(statement[key] as Json, resolve);
    if (statement.sid !== undefined) rendered.Sid = (await value('sid')) as Json;
    rendered.Effect = statement.effect === undefined ? 'Allow' : ((await value('effect')) as Json);
    if (statement.actions !== undefined) rendered.Action = (await value('actions')) as Json;
    if (statement.not_actions !== undefined)
      rendered.NotAction = (await value('not_actions')) as Json;
    if (statement.resources !== undefined) rendered.Resource = (await value('resources')) as Json;
    const principals: Record<string, Json> = {};
    for (const principal of (statement.principals ?? []) as Block[]) {
      const type = String(await evaluateValue(principal.type as Json, resolve));
      principals[type] = (await evaluateValue(principal.identifiers as Json, resolve)) as Json;
    }
    if (Object.keys(principals).length > 0) rendered.Principal = principals;
    const conditions: Block[] = [...((statement.condition ?? []) as Block[])];
    for (const dynamic of ((statement.dynamic as Block | undefined)?.condition ?? []) as Block[]) {
      const items = (await evaluateValue(dynamic.for_each as Json, resolve)) as Json[];
      const [content] = dynamic.content as Block[];
      for (const item of items) {
        const bound: Resolve = async (accessor) =>
          accessor === 'condition.value' ? item : resolve(accessor);
        conditions.push((await evaluateValue(content as Json, bound)) as Block);
      }
    }
    const condition: Record<string, Record<string, Json>> = {};
    for (const spec of conditions) {
      const test = String(await evaluateValue(spec.test as Json, resolve));
      const variable = String(await evaluateValue(spec.variable as Json, resolve));
      (condition[test] ??= {})[variable] = (await evaluateValue(
        spec.values as Json,
        resolve,
      )) as Json;
    }
    if (Object.keys(condition).length > 0) rendered.Condition = condition;
    statements.push(rendered);
  }
  return { Version: '2012-10-17', Statement: statements };
}
