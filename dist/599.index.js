export const id = 599;
export const ids = [599];
export const modules = {

/***/ 3131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qk: () => (/* binding */ notRead),
/* harmony export */   i9: () => (/* binding */ errorFinding),
/* harmony export */   jl: () => (/* binding */ accountFinding),
/* harmony export */   mS: () => (/* binding */ securityHubDoc)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);

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
        resource: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .rootArn */ .Ur)(snapshot.partition, snapshot.accountId),
        message,
        evidence,
        remediation: control.remediation,
    };
}
/** The one ERROR finding a control gives when evidence it needs could not be read. */
function errorFinding(control, snapshot, failure) {
    const fix = failure.fix
        ? ` Fix: ${failure.fix}.`
        : failure.missingPermission
            ? ` Add ${failure.missingPermission} to the role's policy.`
            : '';
    return accountFinding(control, snapshot, 'ERROR', `Could not judge account ${(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(snapshot)}: ${failure.call} failed with ${failure.code} (${failure.message}).${fix}`, {
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


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VH: () => (/* binding */ CONTROLS),
  Eq: () => (/* binding */ controlById),
  Gs: () => (/* binding */ evaluateControls),
  VM: () => (/* binding */ evidenceNeeds),
  _P: () => (/* binding */ isRootControl)
});

// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/controls/control.ts
var control = __webpack_require__(3131);
;// CONCATENATED MODULE: ./src/controls/cognito5.ts


/** First factors that sign a user in without a password: the AWS Config rule leaves such pools out. */
const PASSWORDLESS_FACTORS = ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
const OPTIONAL_MESSAGE = 'optional: users who never set it up sign in with a password alone';
const info = {
    id: 'Cognito.5',
    title: 'MFA should be enabled for Cognito user pools',
    severity: 'medium',
    docUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/cognito-controls.html#cognito-5',
    needs: ['userPools'],
    remediation: {
        text: 'Require MFA pool-wide: enable a second factor and set MFA to ON, e.g. aws cognito-idp ' +
            'set-user-pool-mfa-config --user-pool-id <id> --software-token-mfa-configuration Enabled=true ' +
            '--mfa-configuration ON. Users without a factor are asked to set one up at their next sign-in.',
        verify: 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <id> --region <region>',
        url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html',
    },
};
const cognito5 = { ...info, evaluate };
const CALLS = ['cognito-idp:ListUserPools', 'cognito-idp:DescribeUserPool'];
/**
 * One finding per user pool of every region read. A region that could not be listed is one ERROR
 * finding for that region; the other regions are still decided.
 */
function evaluate(snapshot) {
    const evidence = snapshot.userPools;
    const regions = evidence?.regions ?? {
        ok: false,
        failure: (0,control/* notRead */.Qk)('cognito-idp:ListUserPools'),
    };
    if (!regions.ok)
        return [unreadFinding(snapshot, '*', regions.failure)];
    return regions.value.flatMap(({ region, pools }) => pools.ok
        ? pools.value.map((pool) => poolFinding(snapshot, pool))
        : [unreadFinding(snapshot, region, pools.failure)]);
}
/** The verdict on one pool's facts (spec "Cognito.5: user pools"). */
function decidePool(facts) {
    const passwordless = facts.firstFactors.filter((factor) => PASSWORDLESS_FACTORS.includes(factor));
    if (passwordless.length > 0) {
        return {
            status: 'NOT_APPLICABLE',
            reason: `allows a passwordless first factor (${passwordless.join(', ')}), which Cognito.5 does not judge`,
        };
    }
    switch (facts.mfaConfiguration ?? 'OFF') {
        case 'ON':
            return { status: 'PASSED', reason: 'requires MFA' };
        case 'OPTIONAL':
            return { status: 'FAILED', reason: `has MFA ${OPTIONAL_MESSAGE}` };
        case 'OFF':
            return {
                status: 'FAILED',
                reason: facts.mfaConfiguration === undefined
                    ? 'has MFA off (DescribeUserPool gave no MfaConfiguration; OFF is its default)'
                    : 'has MFA off: every user signs in with a password alone',
            };
        default:
            return {
                status: 'ERROR',
                reason: `has MfaConfiguration "${facts.mfaConfiguration}", which this action does not know`,
            };
    }
}
function poolFinding(snapshot, pool) {
    const label = `User pool ${pool.name} (${pool.id}) in ${pool.region}`;
    if (!pool.facts.ok) {
        const { failure } = pool.facts;
        return finding(pool.arn, 'ERROR', `Could not judge ${label}: ${failed(failure)}`, {
            source: 'live',
            calls: [failure.call],
            observed: { poolName: pool.name, poolId: pool.id, region: pool.region, ...codes(failure) },
        });
    }
    const facts = pool.facts.value;
    const verdict = decidePool(facts);
    const exposed = verdict.status === 'FAILED' && facts.estimatedUsers !== undefined
        ? `; about ${facts.estimatedUsers} user(s) exposed`
        : facts.estimatedUsers !== undefined
            ? ` (about ${facts.estimatedUsers} user(s))`
            : '';
    return finding(pool.arn, verdict.status, `${label} ${verdict.reason}${exposed}.`, {
        source: 'live',
        calls: CALLS,
        observed: {
            poolName: pool.name,
            poolId: pool.id,
            region: pool.region,
            mfaConfiguration: facts.mfaConfiguration ?? null,
            secondFactors: facts.secondFactorsUnread
                ? `not read (${facts.secondFactorsUnread.call}: ${facts.secondFactorsUnread.code})`
                : facts.secondFactors.join(', ') || 'none',
            firstFactors: facts.firstFactors.join(', ') || 'not set (password)',
            estimatedUsers: facts.estimatedUsers ?? null,
        },
    });
}
/** A region (or, with `*`, every region) whose pools could not be listed. */
function unreadFinding(snapshot, region, failure) {
    const where = region === '*' ? 'any region' : `region ${region}`;
    return finding((0,model/* userPoolsArn */.Qb)(snapshot.partition, snapshot.accountId, region), 'ERROR', `Could not judge the user pools of account ${(0,model/* accountLabel */._3)(snapshot)} in ${where}: ${failed(failure)}`, {
        source: 'live',
        calls: [failure.call],
        observed: { ...(region === '*' ? {} : { region }), ...codes(failure) },
    });
}
function failed(failure) {
    const fix = failure.missingPermission
        ? ` Add ${failure.missingPermission} to the role's policy.`
        : '';
    return `${failure.call} failed with ${failure.code} (${failure.message}).${fix}`;
}
function codes(failure) {
    return {
        errorCode: failure.code,
        ...(failure.missingPermission ? { missingPermission: failure.missingPermission } : {}),
    };
}
function finding(resource, status, message, evidence) {
    return {
        control: info.id,
        title: info.title,
        severity: info.severity,
        status,
        resourceType: 'AwsCognitoUserPool',
        resource,
        message,
        evidence,
        remediation: info.remediation,
    };
}

;// CONCATENATED MODULE: ./src/controls/user-findings.ts

/**
 * One finding per IAM user. Any user fact the verdict needs that could not be read turns the whole
 * control into one ERROR finding for the account: a partial list of users is never a pass.
 */
function userFindings(info, snapshot, decide) {
    const users = snapshot.users ?? { ok: false, failure: (0,control/* notRead */.Qk)('iam:GetCredentialReport') };
    if (!users.ok)
        return [(0,control/* errorFinding */.i9)(info, snapshot, users.failure)];
    const findings = [];
    for (const user of users.value.users) {
        const verdict = decide(user);
        if ('unread' in verdict) {
            if (!verdict.unread.ok)
                return [(0,control/* errorFinding */.i9)(info, snapshot, verdict.unread.failure)];
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
const iam19_info = {
    id: 'IAM.19',
    title: 'MFA should be enabled for all IAM users',
    severity: 'medium',
    docUrl: (0,control/* securityHubDoc */.mS)('IAM.19'),
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
const iam19 = { ...iam19_info, evaluate: iam19_evaluate };
function iam19_evaluate(snapshot) {
    return userFindings(iam19_info, snapshot, decide);
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

// EXTERNAL MODULE: ./src/controls/root-findings.ts
var root_findings = __webpack_require__(4255);
// EXTERNAL MODULE: ./src/controls/root-session-findings.ts
var root_session_findings = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/controls/iam4.ts




const iam4_info = {
    id: 'IAM.4',
    title: 'IAM root user access key should not exist',
    severity: 'critical',
    docUrl: (0,control/* securityHubDoc */.mS)('IAM.4'),
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
    const facts = (0,root_session_findings/* rootSessionFacts */.cG)(snapshot);
    if (facts)
        return fromRootSession(snapshot, facts);
    return (0,root_session_findings/* withRefusal */.lX)(inAccount(snapshot), snapshot);
}
/** Any key root's ListAccessKeys lists fails, active or not, each named with its status and last use. */
function fromRootSession(snapshot, facts) {
    const observed = {
        rootAccessKeys: facts.accessKeys.length,
    };
    const details = facts.accessKeys.map((key, index) => {
        const n = index + 1;
        observed[`accessKey${n}Id`] = key.accessKeyId;
        observed[`accessKey${n}Active`] = key.active;
        if (key.lastUsed)
            observed[`accessKey${n}LastUsed`] = key.lastUsed;
        const use = key.lastUsed
            ? `last used ${key.lastUsed}`
            : key.lastUsedUnknown
                ? `last use not known (${key.lastUsedUnknown})`
                : 'never used';
        return `${key.accessKeyId} ${key.active ? 'active' : 'inactive'}, ${use}`;
    });
    const evidence = (0,root_session_findings/* rootSessionEvidence */.GP)(facts, ['iam:ListAccessKeys', ...(facts.accessKeys.length > 0 ? ['iam:GetAccessKeyLastUsed'] : [])], observed);
    if (facts.accessKeys.length === 0)
        return [(0,control/* accountFinding */.jl)(iam4_info, snapshot, 'PASSED', 'Root has no access keys.', evidence)];
    return [
        (0,control/* accountFinding */.jl)(iam4_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has ${facts.accessKeys.length} access key(s) (${details.join('; ')}): a leaked root key has no MFA in front of it. Inactive keys count too.`, evidence),
    ];
}
function inAccount(snapshot) {
    const calls = ['iam:GetAccountSummary'];
    const summary = (0,root_findings/* summaryOf */.YG)(snapshot);
    if (!summary.ok)
        return [(0,control/* errorFinding */.i9)(iam4_info, snapshot, summary.failure)];
    const present = (0,root_findings/* summaryCount */.U0)(summary.value, 'AccountAccessKeysPresent');
    if (present === undefined)
        return (0,root_findings/* unknownSummaryValue */.e4)(iam4_info, snapshot, summary.value, 'AccountAccessKeysPresent');
    if (present === 0) {
        return [
            (0,control/* accountFinding */.jl)(iam4_info, snapshot, 'PASSED', 'Root has no access keys.', {
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
        (0,control/* accountFinding */.jl)(iam4_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has an access key${detail}: a leaked root key has no MFA in front of it. Inactive keys count too.`, {
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
    docUrl: (0,control/* securityHubDoc */.mS)('IAM.5'),
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
    docUrl: (0,control/* securityHubDoc */.mS)('IAM.6'),
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
    const notOffered = (0,root_findings/* outsideAwsPartition */.Fm)(iam6_info, snapshot);
    if (notOffered)
        return notOffered;
    const facts = (0,root_session_findings/* rootSessionFacts */.cG)(snapshot);
    if (facts)
        return iam6_fromRootSession(snapshot, facts);
    return (0,root_session_findings/* withRefusal */.lX)(iam6_inAccount(snapshot), snapshot);
}
/** Root's own device list decides: any virtual device fails, whatever hardware root also has. */
function iam6_fromRootSession(snapshot, facts) {
    const virtual = facts.devices.filter((device) => device.type === 'virtual');
    const serials = virtual.map((device) => device.serialNumber).join(', ');
    const evidence = (0,root_session_findings/* rootSessionEvidence */.GP)(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
        rootPassword: facts.loginProfile,
        ...(0,root_session_findings/* deviceCounts */.Zz)(facts.devices),
        ...(facts.devices.length > 0 ? { rootMfaDeviceSerials: (0,root_session_findings/* devicesInWords */.YT)(facts.devices) } : {}),
    });
    if (!facts.loginProfile) {
        if (virtual.length === 0)
            return (0,root_findings/* rootHasNoPassword */.vf)(iam6_info, snapshot, evidence);
        return (0,root_findings/* rootHasNoPassword */.vf)(iam6_info, snapshot, {
            ...evidence,
            note: `${evidence.note}; root still has virtual MFA device(s) ${serials}, unused while it has no password: remove them with a root session (task policy IAMDeleteRootUserCredentials)`,
        });
    }
    if (facts.devices.length === 0)
        return [
            (0,control/* accountFinding */.jl)(iam6_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA, hardware or virtual (ListMFADevices in a root session lists none).`, evidence),
        ];
    if (virtual.length > 0)
        return [virtualDeviceFinding(snapshot, serials, evidence)];
    return [
        (0,control/* accountFinding */.jl)(iam6_info, snapshot, 'PASSED', `Root's MFA is hardware only: ${(0,root_session_findings/* devicesInWords */.YT)(facts.devices)}.${facts.devices.some((device) => device.type === 'fido') ? ' (The API cannot tell a synced passkey from a hardware security key.)' : ''}`, evidence),
    ];
}
function iam6_inAccount(snapshot) {
    const summary = (0,root_findings/* summaryOf */.YG)(snapshot);
    if (!summary.ok)
        return [(0,control/* errorFinding */.i9)(iam6_info, snapshot, summary.failure)];
    const accountMfaEnabled = (0,root_findings/* summaryCount */.U0)(summary.value, 'AccountMFAEnabled');
    const accountPasswordPresent = (0,root_findings/* summaryCount */.U0)(summary.value, 'AccountPasswordPresent');
    // Every pass but "no password" rests on both sources, so an unread device list never becomes a pass.
    const devices = snapshot.rootVirtualDevices ?? {
        ok: false,
        failure: (0,control/* notRead */.Qk)('iam:ListVirtualMFADevices'),
    };
    const observed = {
        AccountMFAEnabled: accountMfaEnabled ?? null,
        AccountPasswordPresent: accountPasswordPresent ?? null,
    };
    // Root without a password cannot sign in at all (spec order: before the device rule, as IAM.9).
    if (accountPasswordPresent === 0) {
        const leftover = devices.ok ? devices.value.map((device) => device.serialNumber) : [];
        return (0,root_findings/* rootHasNoPassword */.vf)(iam6_info, snapshot, {
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
            (0,control/* accountFinding */.jl)(iam6_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA, hardware or virtual.`, { source: 'live', calls: ['iam:GetAccountSummary'], observed }),
        ];
    }
    if (!devices.ok)
        return [(0,control/* errorFinding */.i9)(iam6_info, snapshot, devices.failure)];
    const evidence = {
        source: 'live',
        calls: ['iam:GetAccountSummary', 'iam:ListVirtualMFADevices'],
        observed: { ...observed, rootVirtualMfaDevices: devices.value.length },
    };
    if (devices.value.length > 0) {
        const serials = devices.value.map((device) => device.serialNumber).join(', ');
        return [virtualDeviceFinding(snapshot, serials, evidence)];
    }
    if (accountMfaEnabled === undefined)
        return (0,root_findings/* unknownSummaryValue */.e4)(iam6_info, snapshot, summary.value, 'AccountMFAEnabled');
    return [
        (0,control/* accountFinding */.jl)(iam6_info, snapshot, 'PASSED', 'Root has MFA and no virtual MFA device: its MFA is hardware (a FIDO key, passkey or hardware token).', evidence),
    ];
}
/** A virtual device fails IAM.6 even beside a hardware key: any virtual device is a way in. */
function virtualDeviceFinding(snapshot, serials, evidence) {
    return (0,control/* accountFinding */.jl)(iam6_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has a virtual MFA device (${serials}): a phishable code opens the account, whatever hardware key root also has.`, { ...evidence, observed: { ...evidence.observed, virtualDeviceSerials: serials } });
}

;// CONCATENATED MODULE: ./src/controls/iam9.ts




const iam9_info = {
    id: 'IAM.9',
    title: 'MFA should be enabled for the root user',
    severity: 'critical',
    docUrl: (0,control/* securityHubDoc */.mS)('IAM.9'),
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
    const notOffered = (0,root_findings/* outsideAwsPartition */.Fm)(iam9_info, snapshot);
    if (notOffered)
        return notOffered;
    const facts = (0,root_session_findings/* rootSessionFacts */.cG)(snapshot);
    if (facts)
        return iam9_fromRootSession(snapshot, facts);
    return (0,root_session_findings/* withRefusal */.lX)(iam9_inAccount(snapshot), snapshot);
}
/** Root's own lists decide: no password, or at least one device of any kind, passes. */
function iam9_fromRootSession(snapshot, facts) {
    const evidence = (0,root_session_findings/* rootSessionEvidence */.GP)(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
        rootPassword: facts.loginProfile,
        rootMfaDevices: facts.devices.length,
    });
    if (!facts.loginProfile)
        return (0,root_findings/* rootHasNoPassword */.vf)(iam9_info, snapshot, evidence);
    if (facts.devices.length > 0)
        return [
            (0,control/* accountFinding */.jl)(iam9_info, snapshot, 'PASSED', `Root has MFA: ${(0,root_session_findings/* devicesInWords */.YT)(facts.devices)}.`, evidence),
        ];
    return [
        (0,control/* accountFinding */.jl)(iam9_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA device (ListMFADevices in a root session lists none): anyone with its password owns the account.`, evidence),
    ];
}
function iam9_inAccount(snapshot) {
    const summary = (0,root_findings/* summaryOf */.YG)(snapshot);
    if (!summary.ok)
        return [(0,control/* errorFinding */.i9)(iam9_info, snapshot, summary.failure)];
    const accountMfaEnabled = (0,root_findings/* summaryCount */.U0)(summary.value, 'AccountMFAEnabled');
    const accountPasswordPresent = (0,root_findings/* summaryCount */.U0)(summary.value, 'AccountPasswordPresent');
    const evidence = {
        source: 'live',
        calls: ['iam:GetAccountSummary'],
        observed: {
            AccountMFAEnabled: accountMfaEnabled ?? null,
            AccountPasswordPresent: accountPasswordPresent ?? null,
        },
    };
    if (accountPasswordPresent === 0)
        return (0,root_findings/* rootHasNoPassword */.vf)(iam9_info, snapshot, evidence);
    if (accountMfaEnabled === undefined)
        return (0,root_findings/* unknownSummaryValue */.e4)(iam9_info, snapshot, summary.value, 'AccountMFAEnabled');
    if (accountMfaEnabled >= 1) {
        return [(0,control/* accountFinding */.jl)(iam9_info, snapshot, 'PASSED', 'Root has MFA enabled.', evidence)];
    }
    return [
        (0,control/* accountFinding */.jl)(iam9_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has no MFA: anyone with its password owns the account.`, evidence),
    ];
}

;// CONCATENATED MODULE: ./src/controls/ima1.ts
// IMA.1, this tool's own control: IAM.6's remediation says "register a second hardware key as a backup".



/** Security Hub has no such control: the README's section is its documentation. */
const IMA1_DOC = 'https://github.com/iam-mfa-audit/iam-mfa-audit#ima1-a-second-root-mfa-key';
const ima1_info = {
    id: 'IMA.1',
    title: 'The root user should have a second MFA key as a backup',
    severity: 'low',
    docUrl: IMA1_DOC,
    needs: ['rootSession'],
    remediation: {
        text: 'As the root user in the AWS Management Console (Security credentials), register a second FIDO security key ' +
            'or hardware TOTP token (root may hold up to 8 devices), and keep it apart from the first: with one key, a ' +
            'lost key means recovering root by mail and phone.',
        verify: 'aws sts assume-root --target-principal <account> --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMAuditRootUserCredentials, then with that session: aws iam list-mfa-devices  # two serials that are not :mfa/ ARNs',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-fido-mfa-for-root.html',
    },
};
const ima1 = { ...ima1_info, evaluate: ima1_evaluate };
const MANAGEMENT = "root's keys can be listed only through a root session, which cannot target the management account";
const NOT_ASKED = "root's keys can be listed only through a root session: set assume-root: true (with centralized root access) to decide IMA.1";
function ima1_evaluate(snapshot) {
    const session = snapshot.rootSession;
    if (!session)
        return [
            (0,control/* accountFinding */.jl)(ima1_info, snapshot, 'NOT_APPLICABLE', `Not decided: ${snapshot.managementAccount ? MANAGEMENT : NOT_ASKED}.`, {
                source: 'live',
                calls: [],
                observed: { managementAccount: snapshot.managementAccount === true },
            }),
        ];
    if (!session.ok)
        return [(0,control/* errorFinding */.i9)(ima1_info, snapshot, session.failure)];
    const facts = session.value;
    const keys = facts.devices.filter((device) => device.type !== 'virtual');
    const evidence = (0,root_session_findings/* rootSessionEvidence */.GP)(facts, ['iam:GetLoginProfile', 'iam:ListMFADevices'], {
        rootPassword: facts.loginProfile,
        ...(0,root_session_findings/* deviceCounts */.Zz)(facts.devices),
    });
    if (!facts.loginProfile)
        return [
            (0,control/* accountFinding */.jl)(ima1_info, snapshot, 'NOT_APPLICABLE', 'Root has no password: it cannot sign in, so it needs no backup key.', evidence),
        ];
    if (keys.length >= 2)
        return [
            (0,control/* accountFinding */.jl)(ima1_info, snapshot, 'PASSED', `Root has ${keys.length} hardware keys: ${(0,root_session_findings/* devicesInWords */.YT)(keys)}.`, evidence),
        ];
    const held = keys.length === 0 ? 'no hardware key' : `one hardware key (${(0,root_session_findings/* devicesInWords */.YT)(keys)})`;
    return [
        (0,control/* accountFinding */.jl)(ima1_info, snapshot, 'FAILED', `Root user of ${(0,model/* accountLabel */._3)(snapshot)} has ${held}: one key lost means root recovery by mail and phone.`, evidence),
    ];
}

;// CONCATENATED MODULE: ./src/controls/index.ts







/** Every control, in the order people read them: root first, then users, then user pools. */
const CONTROLS = [iam9, iam6, iam4, ima1, iam5, iam19, cognito5];
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
/** Evidence about root alone: a root session can read all of it (the account summary included). */
const ROOT_EVIDENCE = new Set([
    'summary',
    'rootVirtualDevices',
    'rootSession',
]);
/** The controls about root (IAM.9, IAM.6, IAM.4, IMA.1), which a root session can decide alone. */
function isRootControl(id) {
    return controlById(id).needs.every((kind) => ROOT_EVIDENCE.has(kind));
}


/***/ }),

/***/ 4255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fm: () => (/* binding */ outsideAwsPartition),
/* harmony export */   U0: () => (/* binding */ summaryCount),
/* harmony export */   YG: () => (/* binding */ summaryOf),
/* harmony export */   e4: () => (/* binding */ unknownSummaryValue),
/* harmony export */   vf: () => (/* binding */ rootHasNoPassword)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _control_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3131);


const SUMMARY_CALL = 'iam:GetAccountSummary';
/** IAM.9 and IAM.6 exist only in the aws partition: elsewhere they are NOT_APPLICABLE. */
function outsideAwsPartition(info, snapshot) {
    if (snapshot.partition === 'aws')
        return undefined;
    return [
        (0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .accountFinding */ .jl)(info, snapshot, 'NOT_APPLICABLE', 'Security Hub does not offer this control outside the aws partition (root console sign-in works differently in aws-us-gov and aws-cn).', { source: 'live', calls: [], observed: { partition: snapshot.partition } }),
    ];
}
/** The account summary, or a failure saying it was never read. */
function summaryOf(snapshot) {
    return snapshot.summary ?? { ok: false, failure: (0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .notRead */ .Qk)(SUMMARY_CALL) };
}
/** A SummaryMap count the verdicts may rest on: a whole number \u2265 0, else undefined (unknown). */
function summaryCount(facts, key) {
    if (facts.malformed?.[key] !== undefined)
        return undefined;
    const value = facts[_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_FIELD */ .wZ[key]];
    return Number.isInteger(value) && value >= 0 ? value : undefined;
}
/** A SummaryMap key the verdict needs is missing or not a count: unknown, never 0. */
function unknownSummaryValue(info, snapshot, facts, key) {
    const raw = facts.malformed?.[key] ?? facts[_model_js__WEBPACK_IMPORTED_MODULE_0__/* .SUMMARY_FIELD */ .wZ[key]];
    return [
        (0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .errorFinding */ .i9)(info, snapshot, raw === undefined
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
        (0,_control_js__WEBPACK_IMPORTED_MODULE_1__/* .accountFinding */ .jl)(info, snapshot, 'PASSED', 'Root has no password: it cannot sign in to the console.', evidence),
    ];
}


/***/ }),

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ rootSessionEvidence),
/* harmony export */   YT: () => (/* binding */ devicesInWords),
/* harmony export */   Zz: () => (/* binding */ deviceCounts),
/* harmony export */   cG: () => (/* binding */ rootSessionFacts),
/* harmony export */   lX: () => (/* binding */ withRefusal)
/* harmony export */ });
/* unused harmony exports ROOT_SESSION_CALLS, summaryDisagreements, refusalInWords */
/* harmony import */ var _root_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);

const ROOT_SESSION_CALLS = ['sts:AssumeRoot'];
const DEVICE_WORDS = {
    virtual: 'virtual (authenticator app)',
    fido: 'FIDO security key or passkey',
    totp: 'hardware TOTP token',
};
/** "FIDO security key or passkey arn:\u2026:u2f/\u2026; virtual (authenticator app) arn:\u2026:mfa/\u2026". */
function devicesInWords(devices) {
    return devices.map((device) => `${DEVICE_WORDS[device.type]} ${device.serialNumber}`).join('; ');
}
/** How many of root's devices are of each type, for the evidence. */
function deviceCounts(devices) {
    const count = (type) => devices.filter((device) => device.type === type).length;
    return {
        rootVirtualDevices: count('virtual'),
        rootFidoDevices: count('fido'),
        rootTotpDevices: count('totp'),
    };
}
/** A root session's reading, or undefined where none was read (the in-account evidence decides). */
function rootSessionFacts(snapshot) {
    return snapshot.rootSession?.ok ? snapshot.rootSession.value : undefined;
}
/**
 * Where GetAccountSummary, read in the same session, disagrees with the lists: the lists decide,
 * and the evidence says so. Empty where they agree or the summary could not be read.
 */
function summaryDisagreements(facts) {
    if (!facts.summary?.ok)
        return [];
    const summary = facts.summary.value;
    const said = [];
    const check = (key, listed, list) => {
        const value = (0,_root_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryCount */ .U0)(summary, key);
        if (value !== undefined && value > 0 !== listed)
            said.push(`GetAccountSummary says ${key} ${value} but ${list}`);
    };
    check('AccountMFAEnabled', facts.devices.length > 0, facts.devices.length > 0 ? 'ListMFADevices lists devices' : 'ListMFADevices lists none');
    check('AccountPasswordPresent', facts.loginProfile, facts.loginProfile ? 'GetLoginProfile finds a password' : 'GetLoginProfile finds none');
    check('AccountAccessKeysPresent', facts.accessKeys.length > 0, facts.accessKeys.length > 0 ? 'ListAccessKeys lists keys' : 'ListAccessKeys lists none');
    return said;
}
/** The evidence of a verdict read in a root session: the calls, what was seen, and any disagreement. */
function rootSessionEvidence(facts, calls, observed) {
    const disagreements = summaryDisagreements(facts);
    const notes = [
        'read through a root session (sts:AssumeRoot, task policy IAMAuditRootUserCredentials)',
        ...(disagreements.length > 0 ? [`${disagreements.join('; ')}: the lists decide`] : []),
    ];
    return {
        source: 'live',
        calls: [...ROOT_SESSION_CALLS, ...calls],
        observed: {
            ...observed,
            ...(facts.passwordLastUsed ? { rootPasswordLastUsed: facts.passwordLastUsed } : {}),
            ...(disagreements.length > 0 ? { summaryDisagrees: true } : {}),
        },
        note: notes.join('; '),
    };
}
/** The refusal, in words, for the in-account findings that stand in for a root session. */
function refusalInWords(failure) {
    return `root session refused: ${failure.call} failed with ${failure.code} (${failure.message})${failure.fix ? `; fix: ${failure.fix}` : ''}`;
}
/**
 * In-account findings, where a root session was asked for and refused: each names the refusal in
 * its evidence (spec: the evidence names the refusal).
 */
function withRefusal(findings, snapshot) {
    const session = snapshot.rootSession;
    if (!session || session.ok)
        return findings;
    const refusal = refusalInWords(session.failure);
    return findings.map((finding) => ({
        ...finding,
        evidence: {
            ...finding.evidence,
            observed: { ...finding.evidence.observed, rootSessionErrorCode: session.failure.code },
            note: finding.evidence.note
                ? `${finding.evidence.note}; ${refusal}; decided from the in-account evidence`
                : `${refusal}; decided from the in-account evidence`,
        },
    }));
}


/***/ })

};
