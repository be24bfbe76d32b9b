// CloudFormation templates as data: YAML with the intrinsic-function tags, and a renderer that
// resolves parameters, conditions and the functions these templates use, as CloudFormation would.
import { readFileSync } from 'node:fs';
import { parse, type CollectionTag, type ScalarTag } from 'yaml';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Template = {
  Parameters?: Record<string, { Type: string; Default?: string; AllowedPattern?: string }>;
  Rules?: Record<string, { Assertions: Array<{ Assert: Json }> }>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, Json> }>;
  Outputs?: Record<string, { Value: Json }>;
};

const FUNCTIONS = [
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'And',
  'Or',
  'Select',
  'Split',
  'Sub',
];

/** `!Ref X` → {Ref: X}, `!Sub s` → {'Fn::Sub': s}, `!GetAtt A.B` → {'Fn::GetAtt': [A, B]}, … */
function intrinsicTags(): Array<ScalarTag | CollectionTag> {
  const tags: Array<ScalarTag | CollectionTag> = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  ];
  for (const name of FUNCTIONS) {
    const key = `Fn::${name}`;
    const scalar = (value: string) =>
      name === 'GetAtt' ? { [key]: value.split('.', 2) } : { [key]: value };
    tags.push({ tag: `!${name}`, resolve: scalar });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag: `!${name}`,
        collection,
        resolve: (node) => ({ [key]: node.toJSON() }),
      } as CollectionTag);
    }
  }
  return tags;
}

export function loadCloudFormation(file: string): Template {
  return parse(readFileSync(file, 'utf8'), {
    customTags: intrinsicTags(),
    prettyErrors: true,
    strict: true,
    uniqueKeys: true,
  }) as Template;
}

export interface Stack {
  partition: string;
  accountId: string;
  region: string;
  parameters: Record<string, string>;
}

export const NO_VALUE = Symbol('AWS::NoValue');

/** What a template's names stand for: how one set-up or another resolves them. */
export interface Names {
  ref(name: string): string | typeof NO_VALUE;
  attribute(resource: string, name: string): string;
  condition(name: string): boolean;
}

/**
 * CloudFormation's intrinsic functions over a value, each name resolved by `names`: one evaluator
 * for the rendered stacks and for the change-event model, which names resources by what they are.
 */
export function intrinsics(names: Names): (node: Json) => Json | typeof NO_VALUE {
  const { ref, attribute, condition } = names;
  const substitute = (text: string, vars: Record<string, Json>): string =>
    text.replace(/\$\{(!?)([^}]+)\}/g, (_m, literal: string, name: string) => {
      if (literal) return '${' + name + '}';
      if (name in vars) return String(evaluate(vars[name] as Json));
      if (name.includes('.') && !name.startsWith('AWS::')) {
        const [resource, attr] = name.split('.', 2) as [string, string];
        return attribute(resource, attr);
      }
      const value = ref(name);
      if (value === NO_VALUE) throw new Error('AWS::NoValue in Fn::Sub');
      return value;
    });

  function evaluate(node: Json): Json | typeof NO_VALUE {
    if (Array.isArray(node))
      return node.map(evaluate).filter((item): item is Json => item !== NO_VALUE);
    if (node === null || typeof node !== 'object') return node;
    const keys = Object.keys(node);
    const fn = keys.length === 1 ? (keys[0] as string) : '';
    const arg = node[fn] as Json;
    const args = () => arg as Json[];
    switch (fn) {
      case 'Ref':
        return ref(arg as string);
      case 'Condition':
        return condition(arg as string);
      case 'Fn::Sub':
        return typeof arg === 'string'
          ? substitute(arg, {})
          : substitute(args()[0] as string, args()[1] as Record<string, Json>);
      case 'Fn::GetAtt':
        return attribute(args()[0] as string, args()[1] as string);
      case 'Fn::If':
        return evaluate((condition(args()[0] as string) ? args()[1] : args()[2]) as Json);
      case 'Fn::Equals':
        return evaluate(args()[0] as Json) === evaluate(args()[1] as Json);
      case 'Fn::Not':
        return !evaluate(args()[0] as Json);
      case 'Fn::And':
        return args().every((item) => evaluate(item));
      case 'Fn::Or':
        return args().some((item) => evaluate(item));
      case 'Fn::Split':
        return String(evaluate(args()[1] as Json)).split(args()[0] as string);
      case 'Fn::Select': {
        const list = evaluate(args()[1] as Json) as Json[];
        const index = Number(evaluate(args()[0] as Json));
        if (!Array.isArray(list) || !(index >= 0 && index < list.length))
          throw new Error(`Fn::Select index ${index} is outside the list`);
        return list[index] as Json;
      }
      case 'Fn::Join':
        return (evaluate(args()[1] as Json) as Json[]).join(args()[0] as string);
    }
    if (fn.startsWith('Fn::')) throw new Error(`${fn} is not modelled`);
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) {
      const resolved = evaluate(value);
      if (resolved !== NO_VALUE) out[key] = resolved;
    }
    return out;
  }
  return evaluate;
}

/** The template with every intrinsic function resolved, and resources whose condition is false left out. */
export function renderCloudFormation(template: Template, stack: Stack): Template {
  const parameters: Record<string, string> = {};
  for (const [name, spec] of Object.entries(template.Parameters ?? {})) {
    const value = stack.parameters[name] ?? spec.Default;
    if (value === undefined) throw new Error(`parameter ${name} has no value and no default`);
    if (spec.AllowedPattern && !new RegExp(spec.AllowedPattern).test(value))
      throw new Error(`parameter ${name}: ${JSON.stringify(value)} fails ${spec.AllowedPattern}`);
    parameters[name] = value;
  }
  for (const name of Object.keys(stack.parameters))
    if (!(name in parameters)) throw new Error(`the template has no parameter ${name}`);
  const pseudo: Record<string, string> = {
    'AWS::Partition': stack.partition,
    'AWS::AccountId': stack.accountId,
    'AWS::Region': stack.region,
    'AWS::StackName': 'stack',
  };
  const conditions = new Map<string, boolean>();
  const resourceNames = Object.keys(template.Resources);

  const attribute = (resource: string, name: string): string => {
    const spec = template.Resources[resource];
    if (!spec) throw new Error(`GetAtt of unknown resource ${resource}`);
    if (name !== 'Arn') throw new Error(`GetAtt ${resource}.${name} is not modelled`);
    const props = spec.Properties;
    const prefix = `arn:${stack.partition}:iam::${stack.accountId}`;
    if (spec.Type === 'AWS::IAM::OIDCProvider')
      return `${prefix}:oidc-provider/${String(evaluate(props.Url ?? null)).replace(/^https:\/\//, '')}`;
    if (spec.Type === 'AWS::IAM::Role')
      return `${prefix}:role${String(evaluate(props.Path ?? '/'))}${String(evaluate(props.RoleName ?? resource))}`;
    throw new Error(`GetAtt ${resource}.Arn of ${spec.Type} is not modelled`);
  };

  const ref = (name: string): string | typeof NO_VALUE => {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (name in pseudo) return pseudo[name] as string;
    if (name in parameters) return parameters[name] as string;
    if (resourceNames.includes(name)) return attribute(name, 'Arn');
    throw new Error(`Ref to unknown ${name}`);
  };

  const condition = (name: string): boolean => {
    if (!conditions.has(name)) {
      const spec = template.Conditions?.[name];
      if (spec === undefined) throw new Error(`unknown condition ${name}`);
      conditions.set(name, Boolean(evaluate(spec)));
    }
    return conditions.get(name) as boolean;
  };

  const evaluate = intrinsics({ ref, attribute, condition });

  for (const [name, rule] of Object.entries(template.Rules ?? {}))
    for (const { Assert } of rule.Assertions)
      if (!evaluate(Assert)) throw new Error(`rule ${name} refuses these parameters`);

  const resources: Template['Resources'] = {};
  for (const [name, spec] of Object.entries(template.Resources)) {
    if (spec.Condition && !condition(spec.Condition)) continue;
    resources[name] = { ...spec, Properties: evaluate(spec.Properties) as Record<string, Json> };
  }
  const outputs: Template['Outputs'] = {};
  for (const [name, spec] of Object.entries(template.Outputs ?? {}))
    outputs[name] = { Value: evaluate(spec.Value) as Json };
  return { ...template, Resources: resources, Outputs: outputs };
}
