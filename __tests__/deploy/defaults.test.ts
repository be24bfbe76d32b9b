// The action's member-role-name default is the role deploy/'s member templates create, and the one
// the hub templates may assume (issue 22.1): an Organization run with no member-role-name enters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { parseAccountSelection } from '../../src/inputs/account-selection.js';
import { loadCloudFormation } from './cloudformation.js';
import { DEPLOY } from './templates.js';

const defaultMemberRole = (): string => {
  const problems: string[] = [];
  const selection = parseAccountSelection(
    { accounts: 'organization', exclude: '', memberRoleName: '' },
    problems,
  );
  expect(problems).toEqual([]);
  return selection.memberRoleName;
};

/** A Terraform variable's default, as the module declares it. */
function terraformDefault(module: string, variable: string): string | undefined {
  const text = readFileSync(path.join(DEPLOY, 'terraform', module, 'variables.tf'), 'utf8');
  const block = new RegExp(`variable "${variable}" \\{([\\s\\S]*?)\\n\\}`).exec(text)?.[1] ?? '';
  return /default\s*=\s*"([^"]*)"/.exec(block)?.[1];
}

test('member-role-name defaults to the role the member templates create and the hub may assume', () => {
  const role = defaultMemberRole();
  expect(role).toBe('iam-mfa-audit');
  const cfn = (name: string) => loadCloudFormation(path.join(DEPLOY, 'cloudformation', name));
  expect(cfn('organization-member.yml').Parameters?.RoleName?.Default).toBe(role);
  expect(cfn('organization-hub.yml').Parameters?.MemberRoleName?.Default).toBe(role);
  expect(terraformDefault('organization-member', 'role_name')).toBe(role);
  expect(terraformDefault('organization-hub', 'member_role_name')).toBe(role);
});

test('action.yml says the same default as the code', () => {
  const action = parseYaml(readFileSync(path.join(DEPLOY, '..', 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
  };
  const input = action.inputs['member-role-name'];
  expect(input?.default).toBe('');
  expect(input?.description).toContain(`Default: ${defaultMemberRole()},`);
  expect(input?.description).not.toMatch(/role-to-assume's role/);
});
