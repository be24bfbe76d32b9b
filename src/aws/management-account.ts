import {
  DescribeOrganizationCommand,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { errorCode, type TimeLimit } from './call-failure.js';

/**
 * The Organization's management account (DescribeOrganization's MasterAccountId), which no root
 * session can target; undefined, with what went wrong, where it cannot be read.
 */
export async function readManagementAccount(
  organizations: OrganizationsClient,
  limit: TimeLimit,
): Promise<{ accountId?: string; note?: string }> {
  try {
    const out = await limit.race(
      organizations.send(new DescribeOrganizationCommand({})),
      'organizations:DescribeOrganization',
    );
    return { accountId: out.Organization?.MasterAccountId };
  } catch (error) {
    return {
      note: `organizations:DescribeOrganization failed with ${errorCode(error)}; which account is the management account is not known, so a root session is tried in every member (AWS refuses the management account, whose root is then decided in-account)`,
    };
  }
}
