// IMA.1, this tool's own control: IAM.6's remediation says "register a second hardware key as a backup".
import { accountLabel, type AccountSnapshot, type Finding } from '../model.js';
import { accountFinding, errorFinding, type Control, type ControlInfo } from './control.js';
import { deviceCounts, devicesInWords, rootSessionEvidence } from './root-session-findings.js';

/** Security Hub has no such control: the README's section is its documentation. */
export const IMA1_DOC = 'https://github.com/iam-mfa-audit/iam-mfa-audit#ima1-a-second-root-mfa-key';

const info: ControlInfo = {
  id: 'IMA.1',
  title: 'The root user should have a second MFA key as a backup',
  severity: 'low',
  docUrl: IMA1_DOC,
  needs: ['rootSession'],
  remediation: {
    text:
      'As the root user in the AWS Management Console (Security credentials), register a second FIDO security key ' +
      'or hardware TOTP token (root may hold up to 8 devices), and keep it apart from the first: with one key, a ' +
      'lost key means recovering root by mail and phone.',
    verify:
      'aws sts assume-root --target-principal <account> --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials, then with that session: aws iam list-mfa-devices  # two serials that are not :mfa/ ARNs',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html',
  },
};

export const ima1: Control = { ...info, evaluate };

const MANAGEMENT =
  "root's keys can be listed only through a root session, which cannot target the management account";
const NOT_ASKED =
  "root's keys can be listed only through a root session: set assume-root: true (with centralized root access) to decide IMA.1";

function evaluate(snapshot: AccountSnapshot): Finding[] {
  const session = snapshot.rootSession;
  if (!session)
    return [
      accountFinding(
        info,
        snapshot,
        'NOT_APPLICABLE',
        `Not decided: ${snapshot.managementAccount ? MANAGEMENT : NOT_ASKED}.`,
        {
          source: 'live',
          calls: [],
          observed: { managementAccount: snapshot.managementAccount === true },
        },
      ),
    ];
  if (!session.ok) return [errorFinding(info, snapshot, session.failure)];
  const facts = session.value;
  const keys = facts.devices.filter((device) => device.type !== 'virtual');
  const evidence = rootSessionEvidence(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
    rootPassword: facts.loginProfile,
    ...deviceCounts(facts.devices),
  });
  if (!facts.loginProfile)
    return [
      accountFinding(
        info,
        snapshot,
        'NOT_APPLICABLE',
        'Root has no password: it cannot sign in, so it needs no backup key.',
        evidence,
      ),
    ];
  if (keys.length >= 2)
    return [
      accountFinding(
        info,
        snapshot,
        'PASSED',
        `Root has ${keys.length} hardware keys: ${devicesInWords(keys)}.`,
        evidence,
      ),
    ];
  const held = keys.length === 0 ? 'no hardware key' : `one hardware key (${devicesInWords(keys)})`;
  return [
    accountFinding(
      info,
      snapshot,
      'FAILED',
      `Root user of ${accountLabel(snapshot)} has ${held}: one key lost means root recovery by mail and phone.`,
      evidence,
    ),
  ];
}
