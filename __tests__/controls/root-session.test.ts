// The root controls decided from a root session (spec "Root sessions"), and IMA.1.
import { describe, expect, test } from '@jest/globals';
import { deviceType, rootDevicesOf } from '../../src/aws/root-evidence.js';
import { iam4 } from '../../src/controls/iam4.js';
import { iam6 } from '../../src/controls/iam6.js';
import { iam9 } from '../../src/controls/iam9.js';
import { ima1 } from '../../src/controls/ima1.js';
import { isRootControl } from '../../src/controls/index.js';
import type { AccountSnapshot, RootDevice, RootSessionFacts } from '../../src/model.js';
import { one } from './control-results.js';
import { ACCOUNT, snapshot } from './snapshot-builder.js';

const VIRTUAL: RootDevice = {
  serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-phone`,
  type: 'virtual',
};
const FIDO: RootDevice = {
  serialNumber: `arn:aws:iam::${ACCOUNT}:u2f/root-account-mfa-device/KEY1`,
  type: 'fido',
};
const TOTP: RootDevice = { serialNumber: 'GAHT12345678', type: 'totp' };

/** A root session's reading; the in-account summary says the opposite, so a test sees which decides. */
function session(facts: Partial<RootSessionFacts> = {}): AccountSnapshot {
  return snapshot({
    summary: {
      ok: true,
      value: { accountMfaEnabled: 0, accountPasswordPresent: 1, accountAccessKeysPresent: 1 },
    },
    rootVirtualDevices: { ok: true, value: [{ serialNumber: 'in-account-virtual' }] },
    rootSession: {
      ok: true,
      value: { devices: [FIDO], loginProfile: true, accessKeys: [], ...facts },
    },
  });
}

const refused = (patch: Partial<AccountSnapshot> = {}): AccountSnapshot =>
  snapshot({
    ...patch,
    rootSession: {
      ok: false,
      failure: {
        call: 'sts:AssumeRoot',
        code: 'AccessDenied',
        message: 'not authorized',
        missingPermission: 'sts:AssumeRoot',
        fix: 'give the hub sts:AssumeRoot',
      },
    },
  });

describe('device classification', () => {
  test.each([
    [`arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, 'virtual'],
    [`arn:aws:iam::${ACCOUNT}:mfa/any/path/phone`, 'virtual'],
    [`arn:aws-us-gov:iam::${ACCOUNT}:mfa/phone`, 'virtual'],
    [`arn:aws:iam::${ACCOUNT}:u2f/root-account-mfa-device/ABCDEF`, 'fido'],
    [`arn:aws:iam::${ACCOUNT}:u2f/mfa/named-like-virtual`, 'fido'],
    ['GAHT12345678', 'totp'],
    ['mfa/not-an-arn', 'totp'],
    [`arn:aws:iam::${ACCOUNT}:user/mfa/x`, 'totp'],
  ])('%s is %s', (serial, type) => {
    expect(deviceType(serial)).toBe(type);
  });

  test('a listed device without a serial makes the list malformed, never a hardware key', () => {
    const enabled = new Date('2025-06-01T00:00:00Z');
    expect(rootDevicesOf([{ SerialNumber: 'GAHT12345678', EnableDate: enabled }])).toEqual([
      { serialNumber: 'GAHT12345678', type: 'totp', enabledAt: '2025-06-01T00:00:00.000Z' },
    ]);
    expect(() =>
      rootDevicesOf([{ SerialNumber: 'GAHT12345678' }, { EnableDate: enabled }]),
    ).toThrow(expect.objectContaining({ name: 'MalformedResponse' }));
    expect(() => rootDevicesOf([{ SerialNumber: '' }])).toThrow(/without a serial number/);
  });
});

describe('IAM.9 from a root session', () => {
  test('no login profile → PASSED, root has no password', () => {
    const finding = one(iam9.evaluate(session({ loginProfile: false, devices: [] })));
    expect(finding.status).toBe('PASSED');
    expect(finding.message).toMatch(/no password/);
  });
  test('one device of any kind → PASSED, whatever the summary says', () => {
    for (const device of [VIRTUAL, FIDO, TOTP])
      expect(one(iam9.evaluate(session({ devices: [device] }))).status).toBe('PASSED');
  });
  test('no device → FAILED', () => {
    expect(one(iam9.evaluate(session({ devices: [] }))).status).toBe('FAILED');
  });
  test('outside the aws partition → NOT_APPLICABLE, as in-account', () => {
    expect(one(iam9.evaluate({ ...session(), partition: 'aws-cn' })).status).toBe('NOT_APPLICABLE');
  });
  test('the summary disagrees with the list: the list decides, and the evidence says so', () => {
    const finding = one(iam9.evaluate(session()));
    expect(finding.status).toBe('PASSED');
    expect(finding.evidence.observed.summaryDisagrees).toBeUndefined();
    const withSummary = session({
      summary: {
        ok: true,
        value: { accountMfaEnabled: 0, accountPasswordPresent: 1, accountAccessKeysPresent: 0 },
      },
    });
    const said = one(iam9.evaluate(withSummary));
    expect(said.status).toBe('PASSED');
    expect(said.evidence.observed.summaryDisagrees).toBe(true);
    expect(said.evidence.note).toMatch(
      /GetAccountSummary says AccountMFAEnabled 0 but ListMFADevices lists devices: the lists decide/,
    );
  });
  test("root's last sign-in is in the evidence", () => {
    const finding = one(iam9.evaluate(session({ passwordLastUsed: '2026-11-20T09:00:00.000Z' })));
    expect(finding.evidence.observed.rootPasswordLastUsed).toBe('2026-11-20T09:00:00.000Z');
  });
});

describe('IAM.6 from a root session', () => {
  test('no login profile → PASSED, even with a leftover virtual device (named in the note)', () => {
    const finding = one(iam6.evaluate(session({ loginProfile: false, devices: [VIRTUAL] })));
    expect(finding.status).toBe('PASSED');
    expect(finding.evidence.note).toContain(VIRTUAL.serialNumber);
  });
  test('no device → FAILED', () => {
    expect(one(iam6.evaluate(session({ devices: [] }))).status).toBe('FAILED');
  });
  test('any virtual device → FAILED naming its serial, even beside hardware keys', () => {
    const finding = one(iam6.evaluate(session({ devices: [FIDO, TOTP, VIRTUAL] })));
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toContain(VIRTUAL.serialNumber);
    expect(finding.evidence.observed.virtualDeviceSerials).toBe(VIRTUAL.serialNumber);
  });
  test('hardware only → PASSED naming each device by type and serial (not the in-account listing)', () => {
    const finding = one(iam6.evaluate(session({ devices: [FIDO, TOTP] })));
    expect(finding.status).toBe('PASSED');
    expect(finding.message).toContain(`FIDO security key or passkey ${FIDO.serialNumber}`);
    expect(finding.message).toContain('hardware TOTP token GAHT12345678');
    expect(finding.message).toMatch(/cannot tell a synced passkey/);
    expect(finding.evidence.observed).toMatchObject({
      rootFidoDevices: 1,
      rootTotpDevices: 1,
      rootVirtualDevices: 0,
    });
  });
});

describe('IAM.4 from a root session', () => {
  test('no key → PASSED, whatever the summary says', () => {
    expect(one(iam4.evaluate(session())).status).toBe('PASSED');
  });
  test('any key → FAILED, inactive ones too, each with its status and last use', () => {
    const finding = one(
      iam4.evaluate(
        session({
          accessKeys: [
            { accessKeyId: 'AKIAEXAMPLE1', active: false },
            { accessKeyId: 'AKIAEXAMPLE2', active: true, lastUsed: '2026-11-19T17:42:00.000Z' },
            {
              accessKeyId: 'AKIAEXAMPLE3',
              active: true,
              lastUsedUnknown: 'iam:GetAccessKeyLastUsed Throttling',
            },
          ],
        }),
      ),
    );
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toContain('AKIAEXAMPLE1 inactive, never used');
    expect(finding.message).toContain('AKIAEXAMPLE2 active, last used 2026-11-19T17:42:00.000Z');
    expect(finding.message).toContain('AKIAEXAMPLE3 active, last use not known');
    expect(finding.evidence.observed).toMatchObject({
      accessKey1Active: false,
      accessKey2Active: true,
    });
  });
  test('only an inactive key → FAILED', () => {
    expect(
      one(iam4.evaluate(session({ accessKeys: [{ accessKeyId: 'AKIAX', active: false }] }))).status,
    ).toBe('FAILED');
  });
});

describe('IMA.1 The root user should have a second MFA key as a backup', () => {
  test('is low, our own, and a root control', () => {
    expect(ima1).toMatchObject({ id: 'IMA.1', severity: 'low' });
    expect(ima1.docUrl).toMatch(/#ima1-a-second-root-mfa-key$/);
    expect(isRootControl('IMA.1')).toBe(true);
    expect(isRootControl('IAM.6')).toBe(true);
    expect(isRootControl('IAM.19')).toBe(false);
  });
  test('no login profile → NOT_APPLICABLE', () => {
    expect(one(ima1.evaluate(session({ loginProfile: false, devices: [] }))).status).toBe(
      'NOT_APPLICABLE',
    );
  });
  test('two devices that are not virtual → PASSED (FIDO and TOTP alike)', () => {
    for (const devices of [
      [FIDO, TOTP],
      [FIDO, { ...FIDO, serialNumber: 'x' }],
      [TOTP, { ...TOTP, serialNumber: 'GAHT2' }],
    ])
      expect(one(ima1.evaluate(session({ devices }))).status).toBe('PASSED');
  });
  test('one hardware key → FAILED; a virtual device is no backup', () => {
    const finding = one(ima1.evaluate(session({ devices: [FIDO, VIRTUAL] })));
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toMatch(/one key lost means root recovery by mail and phone/);
    expect(
      one(ima1.evaluate(session({ devices: [VIRTUAL, { ...VIRTUAL, serialNumber: 'v2' }] })))
        .status,
    ).toBe('FAILED');
    expect(one(ima1.evaluate(session({ devices: [] }))).status).toBe('FAILED');
  });
  test('without a root session → NOT_APPLICABLE; the management account says why', () => {
    expect(one(ima1.evaluate(snapshot())).message).toMatch(/assume-root: true/);
    const management = one(ima1.evaluate(snapshot({ managementAccount: true })));
    expect(management.status).toBe('NOT_APPLICABLE');
    expect(management.message).toContain(
      "root's keys can be listed only through a root session, which cannot target the management account",
    );
  });
  test('a refused root session → ERROR naming the call, the code and the fix', () => {
    const finding = one(ima1.evaluate(refused()));
    expect(finding.status).toBe('ERROR');
    expect(finding.message).toMatch(
      /sts:AssumeRoot failed with AccessDenied .*Fix: give the hub sts:AssumeRoot/,
    );
  });
});

describe('a refused root session: the in-account evidence decides, naming the refusal', () => {
  test.each([
    ['IAM.9', iam9],
    ['IAM.6', iam6],
    ['IAM.4', iam4],
  ])('%s', (_id, control) => {
    const finding = one(control.evaluate(refused()));
    expect(finding.status).toBe('PASSED');
    expect(finding.evidence.calls).not.toContain('sts:AssumeRoot');
    expect(finding.evidence.observed.rootSessionErrorCode).toBe('AccessDenied');
    expect(finding.evidence.note).toMatch(
      /root session refused: sts:AssumeRoot failed with AccessDenied.*in-account evidence/,
    );
  });
  test('the in-account IAM.6 still fails a virtual device', () => {
    const finding = one(
      iam6.evaluate(refused({ rootVirtualDevices: { ok: true, value: [{ serialNumber: 'v' }] } })),
    );
    expect(finding.status).toBe('FAILED');
  });
});
