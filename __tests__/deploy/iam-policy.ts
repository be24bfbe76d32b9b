// IAM policy documents: their JSON shape, and what makes a role's trust policy too wide.
import type { Json } from './cloudformation.js';

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: Record<string, string[]>;
  NotPrincipal?: Record<string, string[]>;
  Condition?: Record<string, Record<string, string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);
const ACTION = /^(\*|[a-z0-9-]+:[A-Za-z0-9*?]+)$/;
const PRINCIPAL_TYPES = new Set(['AWS', 'Federated', 'Service', 'CanonicalUser']);

const isStringOrList = (value: unknown): boolean =>
  typeof value === 'string' ||
  (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'));

/**
 * What is wrong with a document as an IAM policy of this kind: an identity policy names resources
 * and no principal; a trust (resource) policy names a principal and no resource.
 */
export function policyShapeProblems(doc: unknown, kind: 'identity' | 'trust'): string[] {
  const problems: string[] = [];
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return ['not a JSON object'];
  const policy = doc as Record<string, unknown>;
  for (const key of Object.keys(policy))
    if (key !== 'Version' && key !== 'Statement' && key !== 'Id')
      problems.push(`unknown key ${key}`);
  if (policy.Version !== '2012-10-17') problems.push('Version is not 2012-10-17');
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  if (statements.length === 0 || statements[0] === undefined) problems.push('no Statement');
  const sids = new Set<string>();
  statements.forEach((raw: unknown, index) => {
    const at = `Statement[${index}]`;
    if (raw === null || typeof raw !== 'object') return problems.push(`${at} is not an object`);
    const st = raw as Record<string, unknown>;
    for (const key of Object.keys(st))
      if (!STATEMENT_KEYS.has(key)) problems.push(`${at} has unknown key ${key}`);
    if (st.Sid !== undefined) {
      if (typeof st.Sid !== 'string' || !/^[A-Za-z0-9]+$/.test(st.Sid))
        problems.push(`${at}.Sid is not alphanumeric`);
      else if (sids.has(st.Sid)) problems.push(`${at}.Sid ${st.Sid} is repeated`);
      else sids.add(st.Sid);
    }
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
      problems.push(`${at}.Effect is not Allow or Deny`);
    const actionKeys = ['Action', 'NotAction'].filter((key) => key in st);
    if (actionKeys.length !== 1) problems.push(`${at} needs exactly one of Action, NotAction`);
    for (const key of actionKeys) {
      const actions = st[key];
      if (!isStringOrList(actions))
        problems.push(`${at}.${key} is not a string or list of strings`);
      else
        for (const action of [actions].flat() as string[])
          if (!ACTION.test(action)) problems.push(`${at}.${key} ${action} is not service:Action`);
    }
    const resourceKeys = ['Resource', 'NotResource'].filter((key) => key in st);
    const principalKeys = ['Principal', 'NotPrincipal'].filter((key) => key in st);
    if (kind === 'identity') {
      if (resourceKeys.length !== 1)
        problems.push(`${at} needs exactly one of Resource, NotResource`);
      if (principalKeys.length > 0) problems.push(`${at}: an identity policy names no Principal`);
    } else {
      if (principalKeys.length !== 1)
        problems.push(`${at} needs exactly one of Principal, NotPrincipal`);
      if (resourceKeys.length > 0) problems.push(`${at}: a trust policy names no Resource`);
    }
    for (const key of resourceKeys)
      if (!isStringOrList(st[key]))
        problems.push(`${at}.${key} is not a string or list of strings`);
      else
        for (const resource of [st[key]].flat() as string[])
          if (resource !== '*' && !resource.startsWith('arn:'))
            problems.push(`${at}.${key} ${resource} is neither * nor an ARN`);
    for (const key of principalKeys) {
      const principal = st[key];
      if (principal === '*') continue;
      if (principal === null || typeof principal !== 'object' || Array.isArray(principal))
        problems.push(`${at}.${key} is not * or an object`);
      else
        for (const [type, ids] of Object.entries(principal))
          if (!PRINCIPAL_TYPES.has(type) || !isStringOrList(ids))
            problems.push(`${at}.${key}.${type} is not a principal type with ids`);
    }
    if (st.Condition !== undefined) {
      const condition = st.Condition;
      if (condition === null || typeof condition !== 'object' || Array.isArray(condition))
        problems.push(`${at}.Condition is not an object`);
      else
        for (const [operator, keys] of Object.entries(condition)) {
          if (keys === null || typeof keys !== 'object' || Array.isArray(keys))
            problems.push(`${at}.Condition.${operator} is not an object`);
          else
            for (const [key, value] of Object.entries(keys))
              if (!isStringOrList(value) && typeof value !== 'boolean')
                problems.push(`${at}.Condition.${operator}.${key} has no values`);
        }
    }
  });
  return problems;
}

/** The policy with every list-or-string value as a list, so templates of both kinds compare. */
export function normalizePolicy(doc: Json): PolicyDocument {
  const list = (value: unknown): string[] => [value].flat().map(String);
  const policy = doc as unknown as { Version: '2012-10-17'; Statement: unknown };
  const statements = [policy.Statement].flat() as Array<Record<string, unknown>>;
  return {
    Version: policy.Version,
    Statement: statements.map((st) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(st)) {
        if (key === 'Sid' || key === 'Effect') out[key] = value;
        else if (key === 'Principal' || key === 'NotPrincipal')
          out[key] =
            value === '*'
              ? { AWS: ['*'] }
              : Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, list(v)]));
        else if (key === 'Condition')
          out[key] = Object.fromEntries(
            Object.entries(value as object).map(([operator, keys]) => [
              operator,
              Object.fromEntries(Object.entries(keys as object).map(([k, v]) => [k, list(v)])),
            ]),
          );
        else out[key] = list(value);
      }
      return out as unknown as Statement;
    }),
  };
}

const GITHUB = 'token.actions.githubusercontent.com';
/** One owner and one repository, neither with a wildcard, then `:` and the rest of the claim. */
const ONE_REPOSITORY = /^repo:[^*?/:]+\/[^*?/:]+:/;
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[^*?]+$/;

/**
 * Why this trust policy would let more than one repository's workflows (or more than one role)
 * assume the role; empty when every Allow statement is scoped. A GitHub OIDC statement must name
 * the GitHub provider, require the audience sts.amazonaws.com by StringEquals, and match `sub`
 * with StringEquals or StringLike against one repository (`repo:OWNER/REPO:…`, no wildcard in
 * OWNER or REPO). A role-to-role statement must name one role ARN.
 */
export function trustProblems(doc: Json): string[] {
  const problems: string[] = [];
  const policy = normalizePolicy(doc);
  policy.Statement.forEach((st, index) => {
    const at = `Statement[${index}]`;
    if (st.Effect !== 'Allow') return;
    if (st.NotPrincipal || st.NotAction)
      problems.push(`${at} allows by exclusion (NotPrincipal/NotAction)`);
    const principal = st.Principal ?? {};
    const types = Object.keys(principal);
    if (types.length !== 1) return problems.push(`${at} must name exactly one kind of principal`);
    const conditions = st.Condition ?? {};
    if (principal.Federated) {
      const providers = principal.Federated;
      if (
        providers.some(
          (arn) => !arn.startsWith('arn:') || !arn.endsWith(`:oidc-provider/${GITHUB}`),
        )
      )
        problems.push(`${at} trusts a provider other than GitHub's: ${providers.join(', ')}`);
      if ((st.Action ?? []).join() !== 'sts:AssumeRoleWithWebIdentity')
        problems.push(`${at} must allow sts:AssumeRoleWithWebIdentity and nothing else`);
      const operatorsOf = (key: string) =>
        Object.entries(conditions)
          .filter(([, keys]) => key in keys)
          .map(([operator]) => operator);
      const aud = conditions.StringEquals?.[`${GITHUB}:aud`];
      if (
        operatorsOf(`${GITHUB}:aud`).join() !== 'StringEquals' ||
        aud?.join() !== 'sts.amazonaws.com'
      )
        problems.push(`${at} must require ${GITHUB}:aud StringEquals sts.amazonaws.com, alone`);
      const subOperators = operatorsOf(`${GITHUB}:sub`);
      if (subOperators.length === 0)
        problems.push(`${at} has no ${GITHUB}:sub condition: any repository`);
      else if (
        subOperators.length > 1 ||
        !['StringEquals', 'StringLike'].includes(subOperators[0] as string)
      )
        problems.push(`${at} must match ${GITHUB}:sub with one StringEquals or StringLike`);
      else {
        const operator = subOperators[0] as string;
        for (const sub of conditions[operator]?.[`${GITHUB}:sub`] ?? []) {
          if (!ONE_REPOSITORY.test(sub))
            problems.push(`${at}: sub ${sub} is not scoped to one repository (repo:OWNER/REPO:…)`);
          else if (operator === 'StringEquals' && /[*?]/.test(sub))
            problems.push(
              `${at}: sub ${sub} has a wildcard under StringEquals, which matches nothing`,
            );
        }
      }
    } else if (principal.AWS) {
      for (const arn of principal.AWS)
        if (!ROLE_ARN.test(arn)) problems.push(`${at} trusts ${arn}, not one role`);
      if ((st.Action ?? []).join() !== 'sts:AssumeRole')
        problems.push(`${at} must allow sts:AssumeRole and nothing else`);
    } else problems.push(`${at} trusts ${types[0]} principals`);
  });
  if (!policy.Statement.some((st) => st.Effect === 'Allow')) problems.push('no Allow statement');
  return problems;
}

/** An IAM string pattern (StringLike): `*` any run of characters, `?` any one, the rest literal. */
function likePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

/**
 * Whether STS would let a GitHub OIDC token with these claims assume the role with this trust
 * policy: some Allow statement for sts:AssumeRoleWithWebIdentity whose every condition holds (a
 * condition key with several values holds when one of them matches). Only StringEquals and
 * StringLike are modelled; any other operator throws rather than guessing.
 */
export function admitsToken(doc: object, claims: Record<string, string>): boolean {
  const policy = normalizePolicy(doc as Json);
  return policy.Statement.some((st) => {
    if (st.Effect !== 'Allow' || !st.Principal?.Federated) return false;
    if (!(st.Action ?? []).includes('sts:AssumeRoleWithWebIdentity')) return false;
    return Object.entries(st.Condition ?? {}).every(([operator, keys]) => {
      if (operator !== 'StringEquals' && operator !== 'StringLike')
        throw new Error(`condition operator ${operator} is not modelled`);
      return Object.entries(keys).every(([key, values]) => {
        const claim = claims[key.replace(`${GITHUB}:`, '')];
        if (!key.startsWith(`${GITHUB}:`) || claim === undefined) return false;
        return values.some((value) =>
          operator === 'StringEquals' ? claim === value : likePattern(value).test(claim),
        );
      });
    });
  });
}
