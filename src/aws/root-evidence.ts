// Root's own credentials, read through a root session: the calls IAMAuditRootUserCredentials allows.
import {
  GetAccessKeyLastUsedCommand,
  GetLoginProfileCommand,
  GetUserCommand,
  NoSuchEntityException,
  paginateListAccessKeys,
  paginateListMFADevices,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { RootDevice, RootDeviceType, RootSessionFacts, RootSessionKey } from '../model.js';
import { readAccountSummary } from './account-summary.js';
import { CallError, describeFailure, EvidenceError, read, type TimeLimit } from './call-failure.js';
import { collectPages, IAM_PAGES } from './pages.js';

/**
 * A root device by its serial: an ARN with `:mfa/` is virtual, one with `:u2f/` a FIDO security key
 * or passkey (the API cannot tell them apart), any other serial a hardware TOTP token. The name after
 * the slash says nothing: root's devices may have any name and path.
 */
export function deviceType(serialNumber: string): RootDeviceType {
  const arn = /^arn:[^:]+:iam::\d{12}:(mfa|u2f)\//.exec(serialNumber);
  if (arn?.[1] === 'mfa') return 'virtual';
  if (arn?.[1] === 'u2f') return 'fido';
  return 'totp';
}

/**
 * Root's devices, password, keys (each with its last use) and last sign-in, with the account
 * summary beside them. Each call goes without UserName: in a root session it is about root. The
 * devices, the login profile and the keys decide verdicts, so any of them failing fails the whole;
 * a key's last use or root's last sign-in that cannot be read is said, never guessed.
 */
export async function readRootEvidence(iam: IAMClient, limit: TimeLimit) {
  return read(
    'iam:ListMFADevices',
    async (): Promise<RootSessionFacts> => {
      const [devices, loginProfile, accessKeys, passwordLastUsed, summary] = await Promise.all([
        tagged('iam:ListMFADevices', () => listDevices(iam)),
        tagged('iam:GetLoginProfile', () => hasLoginProfile(iam)),
        tagged('iam:ListAccessKeys', () => listKeys(iam)),
        lastSignIn(iam),
        read('iam:GetAccountSummary', () => readAccountSummary(iam), limit),
      ]);
      return {
        devices,
        loginProfile,
        accessKeys,
        ...(passwordLastUsed ? { passwordLastUsed } : {}),
        summary,
      };
    },
    limit,
  );
}

/** A failure inside the multi-call read names the call that failed. */
async function tagged<T>(call: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw error instanceof CallError ? error : new CallError(call, error);
  }
}

async function listDevices(iam: IAMClient): Promise<RootDevice[]> {
  const devices = await collectPages(
    'iam:ListMFADevices',
    paginateListMFADevices({ client: iam }, {}),
    (page) => page.MFADevices,
    IAM_PAGES,
  );
  return rootDevicesOf(devices);
}

/**
 * ListMFADevices' entries as root's devices. A device without a serial cannot be told virtual from
 * hardware: the list is malformed and decides nothing (never counted as a hardware key).
 */
export function rootDevicesOf(
  listed: readonly { SerialNumber?: string; EnableDate?: Date }[],
): RootDevice[] {
  return listed.map((device) => {
    const serialNumber = device.SerialNumber;
    if (!serialNumber)
      throw new EvidenceError(
        'MalformedResponse',
        'ListMFADevices listed a device without a serial number, so its type is not known',
      );
    return {
      serialNumber,
      type: deviceType(serialNumber),
      ...(device.EnableDate ? { enabledAt: device.EnableDate.toISOString() } : {}),
    };
  });
}

async function hasLoginProfile(iam: IAMClient): Promise<boolean> {
  try {
    await iam.send(new GetLoginProfileCommand({}));
    return true;
  } catch (error) {
    if (error instanceof NoSuchEntityException) return false;
    throw error;
  }
}

async function listKeys(iam: IAMClient): Promise<RootSessionKey[]> {
  const keys = await collectPages(
    'iam:ListAccessKeys',
    paginateListAccessKeys({ client: iam }, {}),
    (page) => page.AccessKeyMetadata,
    IAM_PAGES,
  );
  return Promise.all(
    keys.map(async (key) => {
      const accessKeyId = key.AccessKeyId ?? '(no key id)';
      const active = key.Status === 'Active';
      try {
        const out = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }));
        const used = out.AccessKeyLastUsed?.LastUsedDate;
        return { accessKeyId, active, ...(used ? { lastUsed: used.toISOString() } : {}) };
      } catch (error) {
        const failure = describeFailure('iam:GetAccessKeyLastUsed', error);
        return { accessKeyId, active, lastUsedUnknown: `${failure.call} ${failure.code}` };
      }
    }),
  );
}

/** Root's last console sign-in; undefined where it never signed in or GetUser could not say. */
async function lastSignIn(iam: IAMClient): Promise<string | undefined> {
  try {
    const out = await iam.send(new GetUserCommand({}));
    return out.User?.PasswordLastUsed?.toISOString();
  } catch {
    return undefined;
  }
}
