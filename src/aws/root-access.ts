import {
  AccountNotManagementOrDelegatedAdministratorException,
  ListOrganizationsFeaturesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { errorCode, type TimeLimit } from './call-failure.js';

/**
 * Whether centralized root access is on (`RootCredentialsManagement`), and whether it lets root
 * sessions be opened (`RootSessions`, which sts:AssumeRoot needs); undefined where not known here.
 */
export async function readRootCredentialsManagement(
  iam: IAMClient,
  limit: TimeLimit,
): Promise<{ enabled: boolean | undefined; rootSessions?: boolean; note?: string }> {
  try {
    const out = await limit.race(
      iam.send(new ListOrganizationsFeaturesCommand({})),
      'iam:ListOrganizationsFeatures',
    );
    const features = out.EnabledFeatures ?? [];
    return {
      enabled: features.includes('RootCredentialsManagement'),
      rootSessions: features.includes('RootSessions'),
    };
  } catch (error) {
    if (error instanceof AccountNotManagementOrDelegatedAdministratorException) {
      return { enabled: undefined };
    }
    return {
      enabled: undefined,
      note: `iam:ListOrganizationsFeatures failed with ${errorCode(error)}; whether centralized root access is on is not known`,
    };
  }
}
