export const id = 416;
export const ids = [416];
export const modules = {

/***/ 8416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COUNTED_SEVERITIES: () => (/* binding */ COUNTED_SEVERITIES),
/* harmony export */   countAccounts: () => (/* binding */ countAccounts),
/* harmony export */   decideOutcome: () => (/* binding */ decideOutcome),
/* harmony export */   isBlocking: () => (/* binding */ isBlocking),
/* harmony export */   setupFailure: () => (/* binding */ setupFailure),
/* harmony export */   withRunProblems: () => (/* binding */ withRunProblems)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4321);


const COUNTED_SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** How many accounts were audited, failed, not judged and skipped. */
function countAccounts(accounts, failOn) {
    const counts = { audited: 0, failed: 0, notJudged: 0, skipped: 0 };
    for (const account of accounts) {
        if (account.status === 'skipped')
            counts.skipped += 1;
        else if (account.status === 'not-judged')
            counts.notJudged += 1;
        else {
            counts.audited += 1;
            const fails = account.findings.some((f) => f.status === 'FAILED' &&
                !f.exception &&
                (failOn === 'none' || _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] >= _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn]));
            if (fails)
                counts.failed += 1;
        }
    }
    return counts;
}
const NO_COUNTS = () => ({
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
});
const NAMED_ACCOUNTS = 3;
/**
 * A FAILED finding fails the step at or above fail-on. An ERROR finding fails it at any severity
 * (unless fail-on is none): an account the action could not judge is never passed.
 */
function isBlocking(finding, failOn) {
    if (failOn === 'none' || finding.exception)
        return false;
    return finding.status === 'ERROR' || _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[finding.severity] >= _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
/** No account could be read (credentials, inputs): nothing was judged, so the step fails whatever fail-on says. */
function setupFailure(message) {
    return {
        result: 'failed',
        counts: NO_COUNTS(),
        people: { rootUsers: 0, iamUsers: 0, consoleUsers: 0 },
        accounts: { audited: 0, failed: 0, notJudged: 0, skipped: 0 },
        stepText: 'The step failed: no account was judged.',
        failureMessage: message,
    };
}
/** fail-on \u2192 passed, failed or incomplete, with the counts of findings and of people. */
function decideOutcome(accounts, failOn) {
    const counts = NO_COUNTS();
    const perControl = new Map();
    const unjudged = new Map();
    const blockingRoots = [];
    const blockingUsers = new Set();
    let blockingConsoleUsers = 0;
    const people = { rootUsers: 0, iamUsers: 0, consoleUsers: 0 };
    let blocking = 0;
    let flagged = 0;
    for (const account of accounts) {
        const accountPeopleCounts = (0,_people_js__WEBPACK_IMPORTED_MODULE_1__/* .accountPeople */ .rc)(account);
        if (accountPeopleCounts.rootFailing.length > 0)
            people.rootUsers += 1;
        people.iamUsers += accountPeopleCounts.failingUsers.length;
        people.consoleUsers += accountPeopleCounts.consoleUsers;
        let rootBlocks = false;
        for (const finding of account.findings) {
            if (finding.status !== 'FAILED' && finding.status !== 'ERROR')
                continue;
            flagged += 1;
            if (finding.severity !== 'informational')
                counts[finding.severity] += 1;
            if (finding.status === 'ERROR') {
                const controls = unjudged.get((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account)) ?? [];
                if (!controls.includes(finding.control))
                    controls.push(finding.control);
                unjudged.set((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account), controls);
            }
            if (!isBlocking(finding, failOn))
                continue;
            blocking += 1;
            const entry = perControl.get(finding.control) ?? { failed: 0, error: 0 };
            if (finding.status === 'FAILED') {
                entry.failed += 1;
                if (finding.resourceType === 'AwsAccount')
                    rootBlocks = true;
                else
                    blockingUsers.add(finding.resource);
            }
            else
                entry.error += 1;
            perControl.set(finding.control, entry);
        }
        if (rootBlocks)
            blockingRoots.push((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account));
        blockingConsoleUsers += accountPeopleCounts.failingUsers.filter((user) => user.consolePassword === true && blockingUsers.has(user.arn)).length;
    }
    const named = [...unjudged]
        .slice(0, NAMED_ACCOUNTS)
        .map(([account, controls]) => `${account} (${controls.join(', ')})`);
    if (unjudged.size > NAMED_ACCOUNTS)
        named.push(`${unjudged.size - NAMED_ACCOUNTS} more accounts`);
    const unjudgedText = unjudged.size > 0
        ? `Could not judge ${named.join(', ')}: see the ERROR findings for the call that failed and the fix.`
        : '';
    const accountCounts = countAccounts(accounts, failOn);
    if (blocking === 0) {
        let stepText;
        if (unjudged.size > 0) {
            stepText = `The step did not fail, because fail-on is none, but the result is incomplete. ${unjudgedText}`;
            return { result: 'incomplete', counts, people, accounts: accountCounts, stepText };
        }
        if (flagged === 0)
            stepText = `The step passed (fail-on: ${failOn}).`;
        else if (failOn === 'none')
            stepText =
                'The step passed because fail-on is none: findings are reported but never fail the step.';
        else
            stepText = `The step passed: no finding is at or above fail-on (${failOn}), and every control was judged; the failures below do not fail it.`;
        return { result: 'passed', counts, people, accounts: accountCounts, stepText };
    }
    const resources = [];
    if (blockingRoots.length > NAMED_ACCOUNTS)
        resources.push(`the root users of ${blockingRoots.length} accounts fail`);
    else
        for (const account of blockingRoots)
            resources.push(`the root user of ${account} fails`);
    if (blockingUsers.size > 0) {
        const n = blockingUsers.size;
        const console = blockingConsoleUsers > 0
            ? `, ${n === 1 ? 'it can' : `${blockingConsoleUsers} of them can`} sign in to the console`
            : '';
        resources.push(`${n} IAM user${n === 1 ? ' fails' : 's fail'}${console}`);
    }
    const byControl = [...perControl]
        .map(([control, { failed, error }]) => `${control}: ${[
        failed > 0 ? `${failed} failed` : '',
        error > 0 ? `not judged in ${error} account${error > 1 ? 's' : ''}` : '',
    ]
        .filter(Boolean)
        .join(', ')}`)
        .join('; ');
    const lead = resources.length > 0 ? `${resources.join('; ')} ` : '';
    const detail = `${lead}(${byControl}).${unjudgedText ? ` ${unjudgedText}` : ''}`;
    return {
        result: 'failed',
        counts,
        people,
        accounts: accountCounts,
        stepText: `The step failed (fail-on: ${failOn}): ${detail}`,
        failureMessage: `IAM MFA audit failed (fail-on: ${failOn}): ${detail}`,
    };
}
/**
 * Problems of the run itself (a missing shard, a report that is not one): the step fails whatever
 * fail-on says, because accounts they concern were never judged.
 */
function withRunProblems(outcome, problems) {
    if (problems.length === 0)
        return outcome;
    const text = problems.join(' ');
    return {
        ...outcome,
        result: 'failed',
        stepText: `The step failed: ${text}${outcome.failureMessage ? ` ${outcome.stepText}` : ''}`,
        failureMessage: `IAM MFA audit failed: ${text}${outcome.failureMessage ? ` ${outcome.failureMessage}` : ''}`,
    };
}


/***/ }),

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C4: () => (/* binding */ failingUsersPhrase),
/* harmony export */   GN: () => (/* binding */ iamUsers),
/* harmony export */   nT: () => (/* binding */ userName),
/* harmony export */   rc: () => (/* binding */ accountPeople)
/* harmony export */ });
/** The user name from a user ARN (`arn:aws:iam::1:user/path/name` \u2192 `name`). */
function userName(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/**
 * Groups an account's user findings by user, so a user who fails IAM.5 and IAM.19 is one person
 * with two failing controls, not two findings.
 */
function accountPeople(account) {
    const rootFailing = [];
    const users = new Map();
    for (const finding of account.findings) {
        if (finding.resourceType === 'AwsAccount') {
            if (finding.status === 'FAILED' && !rootFailing.includes(finding.control))
                rootFailing.push(finding.control);
            continue;
        }
        let user = users.get(finding.resource);
        if (!user) {
            user = {
                name: userName(finding.resource),
                arn: finding.resource,
                byControl: {},
                consolePassword: null,
                failing: false,
            };
            users.set(finding.resource, user);
        }
        user.byControl[finding.control] = finding;
        if (finding.status === 'FAILED')
            user.failing = true;
        const password = finding.evidence.observed.consolePassword;
        if (typeof password === 'boolean')
            user.consolePassword = password;
    }
    const failingUsers = [...users.values()]
        .filter((user) => user.failing)
        .map(({ failing: _failing, ...user }) => user);
    return {
        rootFailing,
        usersJudged: users.size,
        failingUsers,
        consoleUsers: failingUsers.filter((user) => user.consolePassword === true).length,
    };
}
/** "12 IAM users", "1 IAM user". */
function iamUsers(count) {
    return `${count} IAM user${count === 1 ? '' : 's'}`;
}
/**
 * "12 IAM users have no MFA device, 8 of them can sign in to the console with a password";
 * with `of`, "12 of 40 IAM users \u2026"; `where` follows the users (" in 123456789012 (prod)").
 */
function failingUsersPhrase(failing, console, options = {}) {
    const verb = failing === 1 ? 'has' : 'have';
    const them = failing === 1 ? 'it can' : `${console === failing ? 'all' : console} of them can`;
    const consolePart = console > 0 ? `, ${them} sign in to the console with a password` : '';
    const who = options.of === undefined
        ? iamUsers(failing)
        : `${failing} of ${options.of} IAM user${options.of === 1 ? '' : 's'}`;
    return `${who}${options.where ?? ''} ${verb} no MFA device${consolePart}`;
}


/***/ })

};
