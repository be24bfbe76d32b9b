export const id = 3;
export const ids = [3];
export const modules = {

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VH: () => (/* binding */ CONTROLS),
  Eq: () => (/* binding */ controlById),
  Gs: () => (/* binding */ evaluateControls),
  VM: () => (/* binding */ evidenceNeeds)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(7948);
;// CONCATENATED MODULE: ./src/controls/control.ts

function securityHubDoc(id) {
    return `https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#${id.toLowerCase().replace('.', '-')}`;
}
/** A finding about the account itself (root controls, and ERROR findings of any control). */
function accountFinding(control, snapshot, status, message, evidence) {
    return {
        control: control.id,
        title: control.title,
        severity: control.severity,
        status,
        resourceType: 'AwsAccount',
        resource: (0,model/* rootArn */.Ur)(snapshot.partition, snapshot.accountId),
        message,
        evidence,
        remediation: control.remediation,
    };
}
/** The one ERROR finding a control gives when evidence it needs could not be read. */
function errorFinding(control, snapshot, failure) {
    const fix = failure.missingPermission
        ? ` Add ${failure.missingPermission} to the role's policy.`
        : '';
    return accountFinding(control, snapshot, 'ERROR', `Could not judge account ${(0,model/* accountLabel */._3)(snapshot)}: ${failure.call} failed with ${failure.code} (${failure.message}).${fix}`, {
        source: 'live',
        calls: [failure.call],
        observed: {
            errorCode: failure.code,
            ...(failure.missingPermission ? { missingPermission: failure.missingPermission } : {}),
        },
    });
}
/** Evidence a control needs but that was never read is a bug: say so as ERROR, never pass. */
function notRead(call) {
    return { call, code: 'NotRead', message: 'the evidence was not gathered' };
}

;// CONCATENATED MODULE: ./src/controls/user-findings.ts

/**
 * One finding per IAM user. Any user fact the verdict needs that could not be read turns the whole
 * control into one ERROR finding for the account: a partial list of users is never a pass.
 */
function userFindings(info, snapshot, decide) {
    const users = snapshot.users ?? { ok: false, failure: notRead('iam:GetCredentialReport') };
    if (!users.ok)
        return [errorFinding(info, snapshot, users.failure)];
    const findings = [];
    for (const user of users.value.users) {
        const verdict = decide(user);
        if ('unread' in verdict) {
            if (!verdict.unread.ok)
                return [errorFinding(info, snapshot, verdict.unread.failure)];
            continue;
        }
        findings.push(toFinding(info, user, verdict, users.value));
    }
    return findings;
}
function toFinding(info, user, verdict, report) {
    const observed = {};
    const calls = new Set();
    const stale = [];
    let source = 'credential-report';
    for (const { name, fact, call } of verdict.facts) {
        observed[name] = fact.value;
        observed[`${name}From`] =
            fact.source === 'live' ? `live (${fact.via ?? call})` : 'credential-report';
        calls.add(fact.source === 'live' ? (fact.via ?? call) : 'iam:GetCredentialReport');
        if (fact.source === 'live')
            source = 'live';
        if (fact.reportSaid !== undefined)
            stale.push(`${name} was ${fact.reportSaid}, IAM now says ${fact.value}`);
    }
    if (user.passwordLastUsed)
        observed.passwordLastUsed = user.passwordLastUsed;
    return {
        control: info.id,
        title: info.title,
        severity: info.severity,
        status: verdict.status,
        resourceType: 'AwsIamUser',
        resource: user.arn,
        message: verdict.message,
        evidence: {
            source,
            calls: [...calls],
            observed,
            ...(stale.length > 0
                ? {
                    note: `the credential report of ${report.reportGeneratedAt} is out of date: ${stale.join('; ')}`,
                }
                : source === 'credential-report'
                    ? {
                        note: report.reportIsLive
                            ? `from the credential report generated during this run (${report.reportGeneratedAt})`
                            : `from the credential report of ${report.reportGeneratedAt}`,
                    }
                    : {}),
        },
        remediation: info.remediation,
    };
}

;// CONCATENATED MODULE: ./src/controls/iam19.ts


const ENFORCE_MFA_POLICY = {
    title: 'the example policy that enforces MFA',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html',
};
const USER_MFA_REMEDIATION_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html';
const info = {
    id: 'IAM.19',
    title: 'MFA should be enabled for all IAM users',
    severity: 'medium',
    docUrl: securityHubDoc('IAM.19'),
    needs: ['users', 'userMfa'],
    failingUsers: 'have no MFA device',
    remediation: {
        text: 'Assign an MFA device to each listed user (aws iam enable-mfa-device, or the console), or delete users nobody ' +
            'needs. To enforce it, attach a policy that denies everything but MFA self-service when ' +
            'aws:MultiFactorAuthPresent is false.',
        verify: 'aws iam list-mfa-devices --user-name <user>',
        url: USER_MFA_REMEDIATION_URL,
        seeAlso: ENFORCE_MFA_POLICY,
    },
};
const iam19 = { ...info, evaluate };
function evaluate(snapshot) {
    return userFindings(info, snapshot, decide);
}
function decide(user) {
    if (!user.mfa.ok)
        return { unread: user.mfa };
    const facts = [
        { name: 'mfaActive', fact: user.mfa.value, call: 'iam:ListMFADevices' },
    ];
    // Whether the user can sign in does not change IAM.19, but tells the reader how exposed it is.
    if (user.password.ok && user.password.value.value !== null) {
        facts.unshift({
            name: 'consolePassword',
            fact: user.password.value,
            call: 'iam:GetLoginProfile',
        });
    }
    return user.mfa.value.value
        ? { status: 'PASSED', message: `IAM user ${user.userName} has MFA.`, facts }
        : { status: 'FAILED', message: `IAM user ${user.userName} has no MFA device.`, facts };
}

;// CONCATENATED MODULE: ./src/controls/root-findings.ts


const SUMMARY_CALL = 'iam:GetAccountSummary';
/** IAM.9 and IAM.6 exist only in the aws partition: elsewhere they are NOT_APPLICABLE. */
function outsideAwsPartition(info, snapshot) {
    if (snapshot.partition === 'aws')
        return undefined;
    return [
        accountFinding(info, snapshot, 'NOT_APPLICABLE', 'Security Hub does not offer this control outside the aws partition (root console sign-in works differently in aws-us-gov and aws-cn).', { source: 'live', calls: [], observed: { partition: snapshot.partition } }),
    ];
}
/** The account summary, or a failure saying it was never read. */
function summaryOf(snapshot) {
    return snapshot.summary ?? { ok: false, failure: notRead(SUMMARY_CALL) };
}
/** A SummaryMap count the verdicts may rest on: a whole number \u2265 0, else undefined (unknown). */
function summaryCount(facts, key) {
    if (facts.malformed?.[key] !== undefined)
        return undefined;
    const value = facts[model/* SUMMARY_FIELD */.wZ[key]];
    return Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** A SummaryMap key the verdict needs is missing or not a count: unknown, never 0. */
function unknownSummaryValue(info, snapshot, facts, key) {
    const raw = facts.malformed?.[key] ?? facts[model/* SUMMARY_FIELD */.wZ[key]];
    return [
        errorFinding(info, snapshot, raw === undefined
            ? { call: SUMMARY_CALL, code: 'MissingSummaryKey', message: `SummaryMap has no ${key} key` }
            : {
                call: SUMMARY_CALL,
                code: 'MalformedSummaryValue',
                message: `SummaryMap's ${key} is ${JSON.stringify(String(raw)).slice(0, 40)}, not a whole number`,
            }),
    ];
}
/** AccountPasswordPresent 0: root cannot sign in, so root MFA controls pass. */
function rootHasNoPassword(info, snapshot, evidence) {
    return [
        accountFinding(info, snapshot, 'PASSED', 'Root has no password: it cannot sign in to the console.', evidence),
    ];
}

;// CONCATENATED MODULE: ./src/controls/iam4.ts



const iam4_info = {
    id: 'IAM.4',
    title: 'IAM root user access key should not exist',
    severity: 'critical',
    docUrl: securityHubDoc('IAM.4'),
    needs: ['summary'],
    remediation: {
        text: 'Sign in as the root user, open Security credentials, and delete every root access key (deactivate first if ' +
            'something still uses it, and move that workload to an IAM role).',
        verify: 'aws iam get-account-summary --query SummaryMap.AccountAccessKeysPresent  # 0 when none exist',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html',
    },
};
const iam4 = { ...iam4_info, evaluate: iam4_evaluate };
function iam4_evaluate(snapshot) {
    const calls = ['iam:GetAccountSummary'];
    const summary = summaryOf(snapshot);
    if (!summary.ok)
        return [errorFinding(iam4_info, snapshot, summary.failure)];
    const present = summaryCount(summary.value, 'AccountAccessKeysPresent');
    if (present === undefined)
        return unknownSummaryValue(iam4_info, snapshot, summary.value, 'AccountAccessKeysPresent');
    if (present === 0) {
        return [
            accountFinding(iam4_info, snapshot, 'PASSED', 'Root has no access keys.', {
                source: 'live',
                calls,
                observed: { AccountAccessKeysPresent: 0 },
            }),
        ];
    }
    const observed = {
        AccountAccessKeysPresent: present,
    };
    // In the report's root row, a key that exists is active or has a rotation date.
    const keys = (snapshot.rootAccessKeys ?? []).filter((key) => key.active === true || key.lastRotated);
    const details = keys.map((key) => {
        observed[`accessKey${key.key}Active`] = key.active;
        if (key.lastUsed)
            observed[`accessKey${key.key}LastUsed`] = key.lastUsed;
        return `key ${key.key} ${key.active ? 'active' : 'inactive'}, ${key.lastUsed ? `last used ${key.lastUsed}` : 'never used'}`;
    });
    const detail = details.length > 0 ? ` (credential report: ${details.join('; ')})` : '';
    return [
        accountFinding(iam4_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has an access key${detail}: a leaked root key has no MFA in front of it. Inactive keys count too.`, {
            source: 'live',
            calls: snapshot.rootAccessKeys ? [...calls, 'iam:GetCredentialReport'] : calls,
            observed,
            ...(snapshot.credentialReportGeneratedAt && details.length > 0
                ? {
                    note: `key details from the credential report of ${snapshot.credentialReportGeneratedAt}`,
                }
                : {}),
        }),
    ];
}

;// CONCATENATED MODULE: ./src/controls/iam5.ts



const iam5_info = {
    id: 'IAM.5',
    title: 'MFA should be enabled for all IAM users that have a console password',
    severity: 'medium',
    docUrl: securityHubDoc('IAM.5'),
    needs: ['users', 'userPasswords'],
    failingUsers: 'can sign in to the console with a password and have no MFA device',
    remediation: {
        text: 'Assign an MFA device to each listed user, or remove the console password of users that only need API access ' +
            '(aws iam delete-login-profile --user-name <user>).',
        verify: 'aws iam list-mfa-devices --user-name <user>; aws iam get-login-profile --user-name <user>',
        url: USER_MFA_REMEDIATION_URL,
        seeAlso: ENFORCE_MFA_POLICY,
    },
};
const iam5 = { ...iam5_info, evaluate: iam5_evaluate };
function iam5_evaluate(snapshot) {
    return userFindings(iam5_info, snapshot, iam5_decide);
}
function iam5_decide(user) {
    if (!user.mfa.ok)
        return { unread: user.mfa };
    const mfa = { name: 'mfaActive', fact: user.mfa.value, call: 'iam:ListMFADevices' };
    if (user.mfa.value.value) {
        return { status: 'PASSED', message: `IAM user ${user.userName} has MFA.`, facts: [mfa] };
    }
    if (!user.password.ok)
        return { unread: user.password };
    const password = {
        name: 'consolePassword',
        fact: user.password.value,
        call: 'iam:GetLoginProfile',
    };
    if (user.password.value.value === null) {
        return {
            unread: {
                ok: false,
                failure: {
                    call: 'iam:GetLoginProfile',
                    code: 'UnknownPasswordState',
                    message: `the credential report does not say whether ${user.userName} has a password`,
                },
            },
        };
    }
    return user.password.value.value
        ? {
            status: 'FAILED',
            message: `IAM user ${user.userName} can sign in to the console with a password and has no MFA device.`,
            facts: [mfa, password],
        }
        : {
            status: 'PASSED',
            message: `IAM user ${user.userName} has no console password.`,
            facts: [mfa, password],
        };
}

;// CONCATENATED MODULE: ./src/controls/iam6.ts



const iam6_info = {
    id: 'IAM.6',
    title: 'Hardware MFA should be enabled for the root user',
    severity: 'critical',
    docUrl: securityHubDoc('IAM.6'),
    needs: ['summary', 'rootVirtualDevices'],
    remediation: {
        text: 'As the root user in the AWS Management Console (Security credentials), register a FIDO security key or a ' +
            'hardware TOTP token, then remove every virtual (authenticator app) MFA device from root. Root MFA cannot be ' +
            'changed from the CLI or API.',
        verify: 'aws iam list-virtual-mfa-devices --assignment-status Assigned --query "VirtualMFADevices[?ends_with(User.Arn, \':root\')].SerialNumber"  # empty when none',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html',
    },
};
const iam6 = { ...iam6_info, evaluate: iam6_evaluate };
function iam6_evaluate(snapshot) {
    const notOffered = outsideAwsPartition(iam6_info, snapshot);
    if (notOffered)
        return notOffered;
    const summary = summaryOf(snapshot);
    if (!summary.ok)
        return [errorFinding(iam6_info, snapshot, summary.failure)];
    const accountMfaEnabled = summaryCount(summary.value, 'AccountMFAEnabled');
    const accountPasswordPresent = summaryCount(summary.value, 'AccountPasswordPresent');
    // Every pass but "no password" rests on both sources, so an unread device list never becomes a pass.
    const devices = snapshot.rootVirtualDevices ?? {
        ok: false,
        failure: notRead('iam:ListVirtualMFADevices'),
    };
    const observed = {
        AccountMFAEnabled: accountMfaEnabled ?? null,
        AccountPasswordPresent: accountPasswordPresent ?? null,
    };
    // Root without a password cannot sign in at all (spec order: before the device rule, as IAM.9).
    if (accountPasswordPresent === 0) {
        const leftover = devices.ok ? devices.value.map((device) => device.serialNumber) : [];
        return rootHasNoPassword(iam6_info, snapshot, {
            source: 'live',
            calls: ['iam:GetAccountSummary', ...(devices.ok ? ['iam:ListVirtualMFADevices'] : [])],
            observed: {
                ...observed,
                ...(leftover.length > 0 ? { leftoverVirtualDeviceSerials: leftover.join(', ') } : {}),
            },
            ...(leftover.length > 0
                ? {
                    note: `root still has virtual MFA device(s) ${leftover.join(', ')}, unused while it has no password: remove them as root, or from the management account with a root session (sts:AssumeRoot with the task policy IAMDeleteRootUserCredentials)`,
                }
                : {}),
        });
    }
    if (accountMfaEnabled === 0) {
        return [
            accountFinding(iam6_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA, hardware or virtual.`, { source: 'live', calls: ['iam:GetAccountSummary'], observed }),
        ];
    }
    if (!devices.ok)
        return [errorFinding(iam6_info, snapshot, devices.failure)];
    const evidence = {
        source: 'live',
        calls: ['iam:GetAccountSummary', 'iam:ListVirtualMFADevices'],
        observed: { ...observed, rootVirtualMfaDevices: devices.value.length },
    };
    if (devices.value.length > 0) {
        const serials = devices.value.map((device) => device.serialNumber).join(', ');
        return [
            accountFinding(iam6_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has a virtual MFA device (${serials}): a phishable code opens the account, whatever hardware key root also has.`, { ...evidence, observed: { ...evidence.observed, virtualDeviceSerials: serials } }),
        ];
    }
    if (accountMfaEnabled === undefined)
        return unknownSummaryValue(iam6_info, snapshot, summary.value, 'AccountMFAEnabled');
    return [
        accountFinding(iam6_info, snapshot, 'PASSED', 'Root has MFA and no virtual MFA device: its MFA is hardware (a FIDO key, passkey or hardware token).', evidence),
    ];
}

;// CONCATENATED MODULE: ./src/controls/iam9.ts



const iam9_info = {
    id: 'IAM.9',
    title: 'MFA should be enabled for the root user',
    severity: 'critical',
    docUrl: securityHubDoc('IAM.9'),
    needs: ['summary'],
    remediation: {
        text: 'Sign in to the AWS Management Console as the root user, open Security credentials, and assign an MFA device ' +
            '(a FIDO security key or passkey is best). Root MFA cannot be set up from the CLI or API.',
        verify: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled  # 1 when enabled',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
    },
};
const iam9 = { ...iam9_info, evaluate: iam9_evaluate };
function iam9_evaluate(snapshot) {
    const notOffered = outsideAwsPartition(iam9_info, snapshot);
    if (notOffered)
        return notOffered;
    const summary = summaryOf(snapshot);
    if (!summary.ok)
        return [errorFinding(iam9_info, snapshot, summary.failure)];
    const accountMfaEnabled = summaryCount(summary.value, 'AccountMFAEnabled');
    const accountPasswordPresent = summaryCount(summary.value, 'AccountPasswordPresent');
    const evidence = {
        source: 'live',
        calls: ['iam:GetAccountSummary'],
        observed: {
            AccountMFAEnabled: accountMfaEnabled ?? null,
            AccountPasswordPresent: accountPasswordPresent ?? null,
        },
    };
    if (accountPasswordPresent === 0)
        return rootHasNoPassword(iam9_info, snapshot, evidence);
    if (accountMfaEnabled === undefined)
        return unknownSummaryValue(iam9_info, snapshot, summary.value, 'AccountMFAEnabled');
    if (accountMfaEnabled >= 1) {
        return [accountFinding(iam9_info, snapshot, 'PASSED', 'Root has MFA enabled.', evidence)];
    }
    return [
        accountFinding(iam9_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA: anyone with its password owns the account.`, evidence),
    ];
}

;// CONCATENATED MODULE: ./src/controls/index.ts





/** Every control, in the order people read them: root first, then users. */
const CONTROLS = [iam9, iam6, iam4, iam5, iam19];
function controlById(id) {
    return CONTROLS.find((control) => control.id === id);
}
function evidenceNeeds(ids) {
    return new Set(ids.flatMap((id) => controlById(id).needs));
}
/** Runs the selected controls on one snapshot; each stands or falls on its own evidence. */
function evaluateControls(ids, snapshot) {
    return CONTROLS.filter((control) => ids.includes(control.id)).flatMap((control) => control.evaluate(snapshot));
}


/***/ })

};
