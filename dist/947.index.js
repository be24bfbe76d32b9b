export const id = 947;
export const ids = [947];
export const modules = {

/***/ 1947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ACCOUNT_CONCURRENCY: () => (/* binding */ ACCOUNT_CONCURRENCY),
  auditAccounts: () => (/* binding */ auditAccounts),
  fanOutDeps: () => (/* binding */ fanOutDeps),
  roleArnOf: () => (/* binding */ roleArnOf)
});

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5993);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/call-failure.ts
var call_failure = __webpack_require__(7770);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var aws_credentials = __webpack_require__(1824);
;// CONCATENATED MODULE: ./src/aws/member-role.ts



const MAX_CHAINED_SESSION_SECONDS = 3600;
/**
 * sts:AssumeRole into a member account, chained from the first session. Every credential part is
 * masked the moment it arrives. The STS client's own retries cover throttling, 5xx and network
 * errors; AccessDenied is final.
 */
async function assumeMemberRole(sts, request, mask, trustedBy) {
    try {
        const out = await sts.send(new dist_cjs/* AssumeRoleCommand */.QL({
            RoleArn: request.roleArn,
            RoleSessionName: request.sessionName,
            DurationSeconds: Math.min(request.durationSeconds, MAX_CHAINED_SESSION_SECONDS),
        }));
        const credentials = (0,aws_credentials/* maskedCredentials */.Wl)(out.Credentials, mask);
        return credentials
            ? { ok: true, credentials }
            : {
                ok: false,
                failure: {
                    code: 'NoCredentials',
                    message: 'STS returned no credentials',
                    fix: 'run again',
                },
            };
    }
    catch (error) {
        const code = (0,call_failure/* errorCode */.CA)(error);
        const message = (0,call_failure/* oneLine */.TN)(String(error?.message ?? error));
        const fix = code === 'AccessDenied' || code === 'AccessDeniedException'
            ? `deploy the member role ${request.roleArn} in this account (deploy/'s member template creates it as iam-mfa-audit; if your member accounts have it under another name, set member-role-name to that name); its trust policy must trust ${trustedBy}, and ${trustedBy} needs sts:AssumeRole on it`
            : code === 'RegionDisabledException'
                ? "activate STS in the action's aws-region for this account, or choose another aws-region"
                : 'run again; if it persists, check STS in this account';
        return { ok: false, failure: { code, message, fix } };
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var client_iam_dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 9 modules
var sync = __webpack_require__(5175);
;// CONCATENATED MODULE: ./src/aws/credential-report.ts



const CLOCK_SKEW_MS = 60_000;
/**
 * The poll schedule: a first look soon (a small account's report may be ready at once), then
 * doubling to a look every 2 s, so that a report AWS takes seconds to write is seen within 2 s.
 */
const FIRST_WAIT_MS = 200;
const MAX_WAIT_MS = 2_000;
const ONE_ACCOUNT = { firstMs: FIRST_WAIT_MS, maxMs: MAX_WAIT_MS };
/**
 * Many accounts' reports in the making at once (the fan-out's head start): each look is a signed
 * request and its XML, CPU the audits of other accounts need, while the wait itself overlaps the
 * others'. A first look after 1 s, then every 2 s: a report of 5 s is seen after 3 looks, not 5.
 */
const MANY_ACCOUNTS = { firstMs: 1_000, maxMs: MAX_WAIT_MS };
const nextWait = (wait, schedule = ONE_ACCOUNT) => Math.min(wait * 2, schedule.maxMs);
/** GenerateCredentialReport, once: the report is started, or known to be there. */
async function startCredentialReport(iam, now) {
    const askedAt = now();
    try {
        const generated = await iam.send(new client_iam_dist_cjs/* GenerateCredentialReportCommand */.seh({}));
        return {
            askedAt,
            startedByRun: generated.State === 'STARTED',
            complete: generated.State === 'COMPLETE',
        };
    }
    catch (error) {
        throw new call_failure/* CallError */.RA('iam:GenerateCredentialReport', error);
    }
}
/**
 * Asks GenerateCredentialReport again (`askAgain`: startCredentialReport with a client of the
 * caller's choosing) on the poll schedule until AWS says COMPLETE (it answers INPROGRESS meanwhile,
 * and sends no report), or the deadline. The caller reads the report after: a report not ready, or
 * a failed call, is left to the read, which reports it.
 */
async function awaitCredentialReport(askAgain, policy, start, schedule = ONE_ACCOUNT) {
    const deadline = start.askedAt + policy.deadlineMs;
    let wait = schedule.firstMs;
    let state = start;
    while (!state.complete && policy.now() + wait <= deadline) {
        await policy.sleep(wait);
        wait = nextWait(wait, schedule);
        try {
            const again = await askAgain();
            state = {
                askedAt: start.askedAt,
                startedByRun: start.startedByRun || again.startedByRun,
                complete: again.complete,
            };
        }
        catch {
            return state;
        }
    }
    return state;
}
/**
 * Generate, then get, the credential report. AWS answers GenerateCredentialReport with COMPLETE
 * when a report under 4 hours old exists, so the usual run is two calls. ReportInProgress is not
 * retried by the SDK; we wait with backoff until the deadline. Errors carry the failing call.
 * `started`: GenerateCredentialReport was already called ahead of the audit; the deadline counts
 * from that call.
 */
async function fetchCredentialReport(iam, policy, started) {
    const deadline = (started?.askedAt ?? policy.now()) + policy.deadlineMs;
    let wait = FIRST_WAIT_MS;
    let step = started ? 'get' : 'generate';
    let lastAnswer;
    let startedAt = started?.startedByRun ? started.askedAt : undefined;
    for (;;) {
        try {
            if (step === 'generate') {
                const askedAt = policy.now();
                const generated = await iam.send(new client_iam_dist_cjs/* GenerateCredentialReportCommand */.seh({}));
                lastAnswer = `GenerateCredentialReport ${generated.State ?? 'without a state'}`;
                step = 'get';
                if (generated.State === 'STARTED')
                    startedAt ??= askedAt;
                if (generated.State === 'COMPLETE')
                    continue;
            }
            else {
                const report = await iam.send(new client_iam_dist_cjs/* GetCredentialReportCommand */.DBo({}));
                if (!report.Content || !report.GeneratedTime) {
                    throw new call_failure/* EvidenceError */.oe('MalformedCredentialReport', 'GetCredentialReport returned no content');
                }
                return {
                    generatedAt: report.GeneratedTime,
                    csv: new TextDecoder().decode(report.Content),
                    generatedDuringRun: startedAt !== undefined && report.GeneratedTime.getTime() >= startedAt - CLOCK_SKEW_MS,
                };
            }
        }
        catch (error) {
            if (error instanceof client_iam_dist_cjs/* CredentialReportNotPresentException */.xzm ||
                error instanceof client_iam_dist_cjs/* CredentialReportExpiredException */.ItV) {
                step = 'generate';
            }
            else if (!(error instanceof client_iam_dist_cjs/* CredentialReportNotReadyException */.f4i ||
                error instanceof client_iam_dist_cjs/* LimitExceededException */.UCT)) {
                throw new call_failure/* CallError */.RA(step === 'generate' ? 'iam:GenerateCredentialReport' : 'iam:GetCredentialReport', error);
            }
            lastAnswer = error.name;
        }
        if (policy.now() + wait > deadline) {
            throw new call_failure/* EvidenceError */.oe('ReportNotReady', `the credential report was not ready within ${Math.round(policy.deadlineMs / 1000)} s (last answer: ${lastAnswer})`);
        }
        await policy.sleep(wait);
        wait = nextWait(wait);
    }
}
const ROOT_ROW = '<root_account>';
const REQUIRED_COLUMNS = [
    'user',
    'arn',
    'user_creation_time',
    'password_enabled',
    'password_last_used',
    'mfa_active',
    'access_key_1_active',
    'access_key_1_last_rotated',
    'access_key_1_last_used_date',
    'access_key_2_active',
    'access_key_2_last_rotated',
    'access_key_2_last_used_date',
];
/** RFC 4180 parse of the report. A row with the wrong number of fields is an error naming its line. */
function parseCredentialReport(csv) {
    let records;
    try {
        // Named line ends: csv-parse's guess at them costs as much as the rest of a small report.
        records = (0,sync/* parse */.qg)(csv, {
            skip_empty_lines: true,
            relax_column_count: false,
            record_delimiter: ['\r\n', '\n'],
        });
    }
    catch (error) {
        const lines = error.lines;
        throw new call_failure/* EvidenceError */.oe('MalformedCredentialReport', `the credential report is not valid CSV${lines ? ` at line ${lines}` : ''}: ${error.message}`);
    }
    const [header, ...rows] = records;
    if (!header)
        throw new call_failure/* EvidenceError */.oe('MalformedCredentialReport', 'the credential report is empty (no header line)');
    const column = new Map(header.map((name, index) => [name.trim(), index]));
    const missing = REQUIRED_COLUMNS.filter((name) => !column.has(name));
    if (missing.length > 0) {
        throw new call_failure/* EvidenceError */.oe('MalformedCredentialReport', `the credential report lacks the column(s) ${missing.join(', ')}`);
    }
    return rows.map((fields) => {
        const field = (name) => fields[column.get(name)];
        return {
            user: field('user'),
            arn: field('arn'),
            userCreationTime: date(field('user_creation_time')),
            passwordEnabled: bool(field('password_enabled')),
            passwordLastUsed: date(field('password_last_used')),
            mfaActive: bool(field('mfa_active')),
            accessKeys: [1, 2].map((key) => ({
                key,
                active: bool(field(`access_key_${key}_active`)),
                lastUsed: date(field(`access_key_${key}_last_used_date`)),
                lastRotated: date(field(`access_key_${key}_last_rotated`)),
            })),
        };
    });
}
function bool(text) {
    const lower = text.trim().toLowerCase();
    return lower === 'true' ? true : lower === 'false' ? false : null;
}
function date(text) {
    const value = text.trim();
    return Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value) ? undefined : value;
}

;// CONCATENATED MODULE: ./src/aws/user-plan.ts

/**
 * Pairs every user that exists now with its report row. The report is up to 4 hours old: a user it
 * lacks (created since), or whose row belongs to an earlier user of the same name, has no row;
 * rows of users that no longer exist are dropped.
 */
function matchReportRows(listed, rows) {
    const byName = new Map(rows.filter((row) => row.user !== ROOT_ROW).map((row) => [row.user, row]));
    let usersNotInReport = 0;
    const used = new Set();
    const users = listed.map((user) => {
        const candidate = byName.get(user.userName);
        const row = candidate && sameUser(candidate, user) ? candidate : undefined;
        if (!row) {
            usersNotInReport += 1;
            return { user };
        }
        used.add(row.user);
        return { user, row };
    });
    return { users, droppedReportRows: byName.size - used.size, usersNotInReport };
}
/**
 * The report writes creation times in whole seconds; ListUsers may carry fractions, which the SDK
 * rounds (\u2026:05.9995Z becomes \u2026:06Z). Times within a second are the same user; a namesake created
 * since the report is at least the old user's lifetime apart.
 */
function sameUser(row, user) {
    if (!row.userCreationTime || !user.createDate)
        return true;
    const reportSecond = Math.floor(Date.parse(row.userCreationTime) / 1000);
    const listedSecond = Math.floor(user.createDate.getTime() / 1000);
    return Math.abs(reportSecond - listedSecond) <= 1;
}
/** The names a change event asks to decide live, as isLiveUser compares them. */
function liveUserNames(names) {
    return new Set([...names].map((name) => name.toLowerCase()));
}
function isLiveUser(userName, context) {
    return context.liveUsers?.has(userName.toLowerCase()) ?? false;
}
function mfaSource({ user, row }, context) {
    if (isLiveUser(user.userName, context))
        return 'ListMFADevices';
    if (!context.mfaNeeded && row?.passwordEnabled === false)
        return 'report';
    // A report this run generated is live evidence: its answer, either way, needs no second call.
    if (context.reportIsLive && row && row.mfaActive !== null)
        return 'report';
    if (context.virtualHolders?.has(user.arn))
        return 'listing';
    return 'ListMFADevices';
}
/** A user found without MFA needs GetLoginProfile for IAM.5 unless a live report settles it. */
function passwordNeedsLiveCheck({ user, row }, context) {
    if (!context.passwordsNeeded)
        return false;
    if (isLiveUser(user.userName, context))
        return true;
    return !(context.reportIsLive && row && row.passwordEnabled !== null);
}

// EXTERNAL MODULE: ./src/controls/index.ts + 8 modules
var src_controls = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/runtime/deadline.ts
var runtime_deadline = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/runtime/heap-settings.ts
var heap_settings = __webpack_require__(6939);
// EXTERNAL MODULE: ./src/runtime/memory.ts
var memory = __webpack_require__(4953);
// EXTERNAL MODULE: ./src/aws/iam-client.ts
var iam_client = __webpack_require__(5102);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
;// CONCATENATED MODULE: ./src/aws/account-summary.ts
// GetAccountSummary's three root facts, each a whole number \u2265 0 as AWS sent it, or unknown.


/**
 * The SDK reads `<value>abc</value>` as NaN and `<value></value>` as 0, so an empty value would
 * pass IAM.4 and IAM.9's "no password". The body as AWS sent it is kept beside the parsed map,
 * and a value is taken only where both say the same whole number.
 */
async function readAccountSummary(iam) {
    const input = {};
    const command = new client_iam_dist_cjs/* GetAccountSummaryCommand */.zod(input);
    command.middlewareStack.addRelativeTo(keepBody, { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'keepSummaryBody' });
    const out = await iam.send(command);
    return summaryFacts(out.SummaryMap ?? {}, rawSummaryValues(bodies.get(input) ?? ''));
}
/**
 * Each call's body, by its command's input. Not by a closure per call: a client that caches its
 * handlers (cacheMiddleware) runs the first GetAccountSummary's middleware for every later one,
 * and the input is what each call passes through it.
 */
const bodies = new WeakMap();
const keepBody = (next) => async (args) => {
    const result = await next(args);
    const bytes = await bytesOf(result.response.body);
    bodies.set(args.input, Buffer.from(bytes).toString('utf8'));
    result.response.body = bytes;
    return result;
};
/** The parsed map and the raw values \u2192 the facts: a key whose two readings disagree is malformed. */
function summaryFacts(parsed, raw) {
    const facts = {};
    for (const key of model/* SUMMARY_KEYS */.a) {
        const value = parsed[key];
        if (value === undefined && !raw.has(key))
            continue;
        const text = raw.get(key);
        if (typeof value === 'number' &&
            Number.isInteger(value) &&
            value >= 0 &&
            text !== undefined &&
            /^\s*\d+\s*$/.test(text) &&
            Number(text) === value)
            facts[model/* SUMMARY_FIELD */.wZ[key]] = value;
        else
            (facts.malformed ??= {})[key] = text ?? String(value);
    }
    return facts;
}
/** `<entry><key>K</key><value>V</value></entry>` \u2192 K \u2192 V, from the body as AWS sent it. */
function rawSummaryValues(body) {
    const values = new Map();
    for (const [, entry = ''] of body.matchAll(/<entry>([\s\S]*?)<\/entry>/g)) {
        const key = /<key>\s*([^<]*?)\s*<\/key>/.exec(entry)?.[1];
        if (!key)
            continue;
        const value = /<value>([^<]*)<\/value>/.exec(entry)?.[1] ?? '';
        values.set(key, value);
    }
    return values;
}
async function bytesOf(body) {
    if (body instanceof Uint8Array)
        return body;
    if (typeof body === 'string')
        return Buffer.from(body);
    const chunks = [];
    for await (const chunk of body)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./src/aws/pages.ts
var pages = __webpack_require__(701);
;// CONCATENATED MODULE: ./src/aws/snapshot.ts








const PAGE_SIZE = 1000;
/**
 * Live confirmations in flight at once (the benchmark gives the per-user approach the same). About
 * what a throttled IAM lets through per round trip: at 20, throttling cut 1,000-user runs to a third.
 */
const LIVE_CONCURRENCY = 10;
/** The alias only names the account: it may never hold up a verdict. */
const ALIAS_LIMIT_MS = 5_000;
const ALIAS_GRACE_MS = 1_000;
/** Reads one account's evidence. Independent reads run together; no read's failure stops another. */
async function readSnapshot(account, needs, deps) {
    const readAt = new Date(deps.now()).toISOString();
    const alias = startAliasRead(deps.iam);
    // One listing of assigned virtual devices serves IAM.6 (root's) and the user controls (who holds one now).
    const devices = needs.has('rootVirtualDevices') || needs.has('users')
        ? (0,call_failure/* read */.LF)('iam:ListVirtualMFADevices', () => listAssignedVirtualDevices(deps.iam), deps.limit)
        : undefined;
    const [summary, devicesRead, users] = await Promise.all([
        needs.has('summary')
            ? (0,call_failure/* read */.LF)('iam:GetAccountSummary', () => readAccountSummary(deps.iam), deps.limit)
            : undefined,
        devices,
        needs.has('users') ? readUsers(needs, devices, deps) : undefined,
    ]);
    const aliasRead = await alias.settle(ALIAS_GRACE_MS);
    if (!aliasRead.ok)
        deps.warn(`Could not read the account alias of ${account.accountId} (${aliasRead.failure.code}); continuing without it.`);
    const root = (0,model/* rootArn */.Ur)(account.partition, account.accountId);
    return {
        accountId: account.accountId,
        partition: account.partition,
        alias: aliasRead.ok ? aliasRead.value : undefined,
        readAt,
        summary,
        rootVirtualDevices: needs.has('rootVirtualDevices') && devicesRead ? rootDevices(devicesRead, root) : undefined,
        rootAccessKeys: users?.rootAccessKeys,
        users: users?.evidence,
        credentialReportGeneratedAt: users?.reportGeneratedAt,
    };
}
/**
 * Starts the alias read under its own short limit. settle() waits for it at most `graceMs` more,
 * then aborts it: the verdicts are ready, and a name is not worth waiting for.
 */
function startAliasRead(iam) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ALIAS_LIMIT_MS);
    timer.unref();
    const result = (0,call_failure/* read */.LF)('iam:ListAccountAliases', async () => {
        const out = await iam.send(new client_iam_dist_cjs/* ListAccountAliasesCommand */.xcp({}), {
            abortSignal: abort.signal,
        });
        return out.AccountAliases?.[0];
    }, { race: (work) => work }).finally(() => clearTimeout(timer));
    return {
        settle: (graceMs) => {
            const grace = setTimeout(() => abort.abort(), graceMs);
            grace.unref();
            return result.finally(() => clearTimeout(grace));
        },
    };
}
async function listAssignedVirtualDevices(iam) {
    const devices = await (0,pages/* collectPages */.VV)('iam:ListVirtualMFADevices', (0,client_iam_dist_cjs/* paginateListVirtualMFADevices */.Mos)({ client: iam, pageSize: PAGE_SIZE }, { AssignmentStatus: 'Assigned' }), (page) => page.VirtualMFADevices, pages/* IAM_PAGES */.zZ);
    return devices.map((device) => ({
        serialNumber: device.SerialNumber ?? '(no serial number)',
        userArn: device.User?.Arn,
        enabledAt: device.EnableDate?.toISOString(),
    }));
}
/** Root's devices are those assigned to exactly the root ARN: names and paths of devices say nothing. */
function rootDevices(devices, root) {
    if (!devices.ok)
        return devices;
    return {
        ok: true,
        value: devices.value
            .filter((device) => device.userArn === root)
            .map(({ serialNumber, enabledAt }) => ({ serialNumber, enabledAt })),
    };
}
async function readUsers(needs, devices, deps) {
    const [report, listed, devicesRead] = await Promise.all([
        (0,call_failure/* read */.LF)('iam:GetCredentialReport', async () => {
            const raw = await fetchCredentialReport(deps.iam, deps, deps.reportStart);
            return {
                generatedAt: raw.generatedAt.toISOString(),
                generatedDuringRun: raw.generatedDuringRun,
                rows: parseCredentialReport(raw.csv),
            };
        }, deps.limit),
        (0,call_failure/* read */.LF)('iam:ListUsers', () => listUsers(deps.iam), deps.limit),
        devices,
    ]);
    if (!report.ok)
        return { evidence: report };
    const reportGeneratedAt = report.value.generatedAt;
    const rootRow = report.value.rows.find((row) => row.user === ROOT_ROW);
    const rootAccessKeys = rootRow?.accessKeys.map((key) => ({ ...key }));
    if (!listed.ok)
        return { evidence: listed, rootAccessKeys, reportGeneratedAt };
    const plan = matchReportRows(listed.value, report.value.rows);
    const context = {
        passwordsNeeded: needs.has('userPasswords'),
        mfaNeeded: needs.has('userMfa'),
        reportIsLive: report.value.generatedDuringRun,
        virtualHolders: devicesRead?.ok
            ? new Set(devicesRead.value.flatMap((device) => (device.userArn ? [device.userArn] : [])))
            : undefined,
        liveUsers: deps.liveUsers,
    };
    const limit = (0,p_limit/* default */.A)(deps.concurrency);
    const checker = new UserChecker(deps.iam, context, deps.limit);
    let fromReportOnly = 0;
    const users = await Promise.all(plan.users.map((userPlan) => {
        const source = mfaSource(userPlan, context);
        if (source === 'report' && !context.reportIsLive) {
            fromReportOnly += 1;
            return fromReport(userPlan);
        }
        return source === 'ListMFADevices'
            ? limit(() => checker.check(userPlan, source))
            : checker.check(userPlan, source);
    }));
    return {
        evidence: {
            ok: true,
            value: {
                users,
                reportGeneratedAt,
                reportIsLive: report.value.generatedDuringRun,
                allVerdictsLive: fromReportOnly === 0,
                droppedReportRows: plan.droppedReportRows,
                usersNotInReport: plan.usersNotInReport,
            },
        },
        rootAccessKeys,
        reportGeneratedAt,
    };
}
async function listUsers(iam) {
    const users = await (0,pages/* collectPages */.VV)('iam:ListUsers', (0,client_iam_dist_cjs/* paginateListUsers */.IVP)({ client: iam, pageSize: PAGE_SIZE }, {}), (page) => page.Users, pages/* IAM_PAGES */.zZ);
    return users.map((user) => ({
        userName: user.UserName ?? '',
        arn: user.Arn ?? '',
        createDate: user.CreateDate,
    }));
}
/** A user the report settles: a report this run generated, or IAM.5's "no password" (spec rule 5). */
function fromReport({ user, row }) {
    const reportRow = row;
    return {
        userName: user.userName,
        arn: user.arn,
        mfa: { ok: true, value: { value: reportRow.mfaActive === true, source: 'credential-report' } },
        password: {
            ok: true,
            value: { value: reportRow.passwordEnabled, source: 'credential-report' },
        },
        passwordLastUsed: reportRow.passwordLastUsed,
    };
}
/**
 * Decides one user's MFA (from a report this run generated, the device listing, or ListMFADevices),
 * then, for a user without MFA, the password IAM.5 needs (GetLoginProfile): at most 2 calls per user. Once a call is
 * denied, the same call for other users is not sent: the answer would be the same, and retrying it
 * only makes the failure slow.
 */
class UserChecker {
    iam;
    context;
    limit;
    denied = new Map();
    constructor(iam, context, limit) {
        this.iam = iam;
        this.context = context;
        this.limit = limit;
    }
    async check(plan, source) {
        const { user, row } = plan;
        const reportPassword = row?.passwordEnabled ?? null;
        const mfa = source === 'report'
            ? { ok: true, value: { value: row?.mfaActive === true, source: 'credential-report' } }
            : source === 'listing'
                ? { ok: true, value: liveFact(true, 'iam:ListVirtualMFADevices', row?.mfaActive) }
                : await this.call('iam:ListMFADevices', async () => liveFact(await this.hasMfaDevice(user.userName), 'iam:ListMFADevices', row?.mfaActive));
        let password = {
            ok: true,
            value: { value: reportPassword, source: 'credential-report' },
        };
        if (mfa.ok && !mfa.value.value && passwordNeedsLiveCheck(plan, this.context)) {
            password = await this.call('iam:GetLoginProfile', async () => liveFact(await this.hasLoginProfile(user.userName), 'iam:GetLoginProfile', row?.passwordEnabled));
        }
        return {
            userName: user.userName,
            arn: user.arn,
            mfa,
            password,
            passwordLastUsed: row?.passwordLastUsed,
        };
    }
    async hasMfaDevice(userName) {
        const devices = await (0,pages/* collectPages */.VV)('iam:ListMFADevices', (0,client_iam_dist_cjs/* paginateListMFADevices */.rjP)({ client: this.iam }, { UserName: userName }), (page) => page.MFADevices, pages/* IAM_PAGES */.zZ);
        return devices.length > 0;
    }
    async hasLoginProfile(userName) {
        try {
            await this.iam.send(new client_iam_dist_cjs/* GetLoginProfileCommand */.aZV({ UserName: userName }));
            return true;
        }
        catch (error) {
            if (error instanceof client_iam_dist_cjs/* NoSuchEntityException */.vir)
                return false;
            throw error;
        }
    }
    async call(call, fn) {
        const denied = this.denied.get(call);
        if (denied)
            return { ok: false, failure: denied };
        const result = await (0,call_failure/* read */.LF)(call, fn, this.limit);
        if (!result.ok && (0,call_failure/* isAccessDenied */.w7)(result.failure))
            this.denied.set(call, result.failure);
        return result;
    }
}
/** A fact read live, noting what the report said where it differs. */
function liveFact(value, via, reportSaid) {
    return {
        value,
        source: 'live',
        via,
        ...(reportSaid !== undefined && reportSaid !== value ? { reportSaid } : {}),
    };
}

;// CONCATENATED MODULE: ./src/audit/account.ts




/** The credential report may take this long to generate before the user controls ERROR. */
const REPORT_DEADLINE_MS = 180_000;
/**
 * One account, audited: its session \u2192 snapshot \u2192 controls \u2192 its result. `given`: what was read
 * before its audit (a root session's reading; its credential report started ahead).
 */
async function auditAccount(account, credentials, limit, deps, given = {}) {
    const iam = accountIamClient(credentials, deps, `account ${account.accountId}`);
    const { reportStart, ...extra } = given;
    try {
        const [read, userPools] = await Promise.all([
            readSnapshot(account, inAccountNeeds(deps.controls, extra), {
                iam,
                concurrency: LIVE_CONCURRENCY,
                limit,
                sleep: deps.sleep,
                now: deps.now,
                deadlineMs: Math.min(REPORT_DEADLINE_MS, limit.remainingMs()),
                warn: deps.log.warning,
                liveUsers: deps.liveUsers,
                reportStart,
            }),
            deps.userPools?.read(account, credentials, limit, deps.agents),
        ]);
        const snapshot = { ...read, ...extra, userPools };
        return { ...judge(deps.controls, snapshot), ...(account.name ? { name: account.name } : {}) };
    }
    finally {
        // Destroying a client destroys its connection pools: never the shared ones.
        if (!deps.agents)
            iam.destroy();
    }
}
/**
 * An IAM client on one account's session and the run's connection pools; its retries go to the
 * debug log under `label`, its throttles to the fan-out's bound.
 */
function accountIamClient(credentials, deps, label) {
    return (0,iam_client/* createIamClient */.L)({
        region: deps.region,
        env: deps.env,
        credentials,
        agents: deps.agents,
        attemptTimeoutMs: (0,clients/* attemptTimeoutFor */.ik)(deps.timeoutSeconds),
        onRetry: (operation, attempts) => deps.log.debug(`iam:${operation} took ${attempts} attempts (${label})`),
        onThrottle: deps.onIamThrottle,
    });
}
/** What to read in the account: root's evidence is not, where a root session has read it. */
function inAccountNeeds(controls, extra) {
    const needs = (0,src_controls/* evidenceNeeds */.VM)(controls);
    if (extra.rootSession?.ok) {
        needs.delete('summary');
        needs.delete('rootVirtualDevices');
    }
    return needs;
}
/** The controls' verdicts on one snapshot, with what the summary says of the evidence as a whole. */
function judge(controls, snapshot) {
    const findings = (0,src_controls/* evaluateControls */.Gs)(controls, snapshot);
    const notes = [];
    const users = snapshot.users?.ok ? snapshot.users.value : undefined;
    if (users && users.users.length === 0)
        notes.push('No IAM users: IAM.5 and IAM.19 have nothing to check.');
    if (users && users.usersNotInReport > 0)
        notes.push(`${users.usersNotInReport} user(s) created since the credential report were checked live.`);
    if (users && users.droppedReportRows > 0)
        notes.push(`${users.droppedReportRows} credential report row(s) of users deleted since were ignored.`);
    notes.push(...userPoolNotes(snapshot));
    return {
        accountId: snapshot.accountId,
        partition: snapshot.partition,
        alias: snapshot.alias,
        credentialReportGeneratedAt: snapshot.credentialReportGeneratedAt,
        ...(users
            ? { reportGeneratedDuringRun: users.reportIsLive, userVerdictsLive: users.allVerdictsLive }
            : {}),
        readAt: snapshot.readAt,
        findings,
        notes,
    };
}
/** What Cognito.5's summary says of the regions as a whole: how many were read, and empty ones. */
function userPoolNotes(snapshot) {
    const evidence = snapshot.userPools;
    if (!evidence)
        return [];
    const notes = evidence.notOffered.map((region) => `Cognito.5: region ${region} does not offer Cognito user pools; it was not read.`);
    if (!evidence.regions.ok)
        return notes;
    const read = evidence.regions.value.filter((region) => region.pools.ok);
    const pools = read.reduce((sum, region) => sum + (region.pools.ok ? region.pools.value.length : 0), 0);
    if (pools === 0)
        notes.push(`Cognito.5: ${read.length} region(s) read${read.length > 0 ? ` (${read.map((r) => r.region).join(', ')})` : ''}; they hold no user pools.`);
    else {
        const empty = read.filter((region) => region.pools.ok && region.pools.value.length === 0);
        if (empty.length > 0)
            notes.push(`Cognito.5: ${read.length} region(s) read; ${empty.length} of them hold no user pools (${empty.map((r) => r.region).join(', ')}).`);
    }
    return notes;
}
/** One line per control: how many findings of each status, for the log. */
function controlCounts(result, controls) {
    return CONTROLS.filter((c) => controls.includes(c.id)).map((control) => {
        const mine = result.findings.filter((finding) => finding.control === control.id);
        const count = (status) => mine.filter((finding) => finding.status === status).length;
        return `${control.id}: ${count('FAILED')} failed, ${count('ERROR')} error, ${count('PASSED')} passed, ${count('NOT_APPLICABLE')} not applicable`;
    });
}

;// CONCATENATED MODULE: ./src/audit/account-pipeline.ts
// The stages an account passes through, each with its own bound: entered (STS), its report waited
// for (no AWS place held), audited (IAM). Accounts flow through one by one, in order of entry.

/**
 * Runs every item through the stages, each as soon as it comes (items may still be arriving: the
 * accounts discovery is listing); results in item order. Where the items fail to come, the ones
 * already under way end first, then the failure is thrown.
 */
async function runPipeline(items, stages, bounds, watch = () => undefined) {
    const entryPlaces = (0,p_limit/* default */.A)(bounds.entry.limit);
    const auditPlaces = (0,p_limit/* default */.A)(bounds.audit.limit);
    const aheadPlaces = (0,p_limit/* default */.A)(Math.max(1, bounds.ahead));
    const now = { entering: 0, waiting: 0, auditing: 0 };
    const move = (from, to) => {
        if (from)
            now[from] -= 1;
        if (to)
            now[to] += 1;
        watch({ ...now, entryBound: bounds.entry.limit, auditBound: bounds.audit.limit });
    };
    bounds.entry.onChange((limit) => (entryPlaces.concurrency = limit));
    bounds.audit.onChange((limit) => (auditPlaces.concurrency = limit));
    const { ready } = stages;
    const headStart = async (item) => {
        const entered = await entryPlaces(async () => {
            move(undefined, 'entering');
            try {
                return await stages.enter(item);
            }
            finally {
                move('entering', 'waiting');
            }
        });
        let waited;
        try {
            waited = await ready(entered);
        }
        catch (error) {
            move('waiting', undefined);
            throw error;
        }
        return auditPlaces(async () => {
            move('waiting', 'auditing');
            try {
                return await stages.audit(waited);
            }
            finally {
                move('auditing', undefined);
            }
        });
    };
    const inPlace = (item) => auditPlaces(async () => {
        move(undefined, 'auditing');
        try {
            return await stages.audit(await stages.enter(item));
        }
        finally {
            move('auditing', undefined);
        }
    });
    const started = [];
    try {
        for await (const item of items) {
            const result = aheadPlaces(() => (ready ? headStart(item) : inPlace(item)));
            // Awaited below with the rest; until then a failure must not count as unhandled.
            result.catch(() => undefined);
            started.push(result);
        }
    }
    catch (error) {
        await Promise.allSettled(started);
        throw error;
    }
    return Promise.all(started);
}

;// CONCATENATED MODULE: ./src/audit/adaptive-bound.ts
// How many accounts may be in one stage at once: grows while AWS answers, halves when it throttles.
const SETTLE_MS = 1_000;
/**
 * Additive increase, multiplicative decrease (TCP's congestion control, with calls for packets).
 * Until the first throttle the bound grows by one per success, doubling each round of accounts
 * (slow start); after one, by one per round, so it probes back up to the rate AWS allows. A
 * throttle halves it, once per settling time. Pure: the clock is given, nothing waits.
 */
class AdaptiveBound {
    settings;
    value;
    slowStart = true;
    lastDecreaseAt = Number.NEGATIVE_INFINITY;
    floor;
    ceiling;
    settleMs;
    watchers = [];
    constructor(settings) {
        this.settings = settings;
        this.floor = Math.max(1, Math.floor(settings.floor ?? 1));
        this.ceiling = Math.max(this.floor, Math.floor(settings.ceiling));
        this.settleMs = settings.settleMs ?? SETTLE_MS;
        this.value = clamp(settings.initial, this.floor, this.ceiling);
    }
    /** Accounts allowed in the stage now: a whole number from floor to ceiling. */
    get limit() {
        return Math.floor(this.value);
    }
    /** Whether a throttle has been seen (the bound is past its slow start). */
    get throttledOnce() {
        return !this.slowStart;
    }
    /** Called with the new limit whenever it changes. */
    onChange(watcher) {
        this.watchers.push(watcher);
    }
    /** One unit of work (a call, an account) went through without being throttled. */
    succeeded() {
        this.set(this.value + (this.slowStart ? 1 : 1 / this.value));
    }
    /** AWS refused a call for its rate. */
    throttled() {
        const now = this.settings.now();
        this.slowStart = false;
        if (now - this.lastDecreaseAt < this.settleMs)
            return;
        this.lastDecreaseAt = now;
        this.set(this.value / 2);
    }
    set(value) {
        const before = this.limit;
        this.value = clamp(value, this.floor, this.ceiling);
        if (this.limit !== before)
            for (const watcher of this.watchers)
                watcher(this.limit);
    }
}
function clamp(value, floor, ceiling) {
    return Math.min(ceiling, Math.max(floor, value));
}
/** A bound that never moves: the benchmark's fixed concurrency, for comparison. */
function fixedBound(limit, now) {
    return new AdaptiveBound({ initial: limit, floor: limit, ceiling: limit, now });
}

;// CONCATENATED MODULE: ./src/audit/central-root-access.ts
const ROOT_CONTROLS = new Set(['IAM.9', 'IAM.6', 'IAM.4']);
/** The fix that needs no root sign-in, where the Organization has centralized root access. */
function centralRootRemediation(accountId) {
    return {
        text: 'Centralized root access is on in this Organization: delete the root credentials of this member account ' +
            'from the management account (or the delegated administrator for root access), with no root sign-in. ' +
            `aws sts assume-root --target-principal ${accountId} --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials, ` +
            'then with that session: aws iam delete-login-profile; aws iam list-access-keys and aws iam delete-access-key ' +
            '--access-key-id <id>; aws iam list-mfa-devices and aws iam deactivate-mfa-device --serial-number <arn>. ' +
            'Root then has no password and cannot sign in; recover it centrally if ever needed.',
        url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html',
        verify: `aws iam get-account-summary --query SummaryMap.AccountPasswordPresent  # 0 in ${accountId} after the deletion`,
    };
}
/**
 * A member account whose root controls FAILED gets the central fix, where the feature is on. The
 * first session's own account is left as it is: it may be the management account, where central
 * deletion does not apply.
 */
function withCentralRootRemediation(result) {
    let changed = false;
    const findings = result.findings.map((finding) => {
        if (finding.status !== 'FAILED' || !ROOT_CONTROLS.has(finding.control))
            return finding;
        changed = true;
        return { ...finding, remediation: centralRootRemediation(result.accountId) };
    });
    return changed ? { ...result, findings } : result;
}

;// CONCATENATED MODULE: ./src/audit/not-judged.ts
// What an account the action did not judge yields: not entered (ERROR per control), or skipped.


/** Why an account the run's time (or its share of it) ran out on is not judged, and the fix. */
function outOfTime(message) {
    return {
        code: 'DeadlineExceeded',
        message,
        fix: 'raise timeout-seconds, or shard the Organization over a matrix of jobs',
    };
}
/**
 * An account the action could not enter is not judged: one ERROR per selected control, naming the
 * role, the error and the fix. Never dropped, never passed (spec "Accounts").
 */
function notJudgedFindings(controls, account) {
    const what = account.roleArn
        ? `could not assume ${account.roleArn} (${account.code}: ${account.message})`
        : `${account.code}: ${account.message}`;
    return controls.map((id) => {
        const control = (0,src_controls/* controlById */.Eq)(id);
        return {
            control: id,
            title: control.title,
            severity: control.severity,
            status: 'ERROR',
            resourceType: 'AwsAccount',
            resource: (0,model/* rootArn */.Ur)(account.partition, account.accountId),
            message: `Account ${account.accountId} was not judged: ${what}. Fix: ${account.fix}.`,
            evidence: {
                source: 'live',
                calls: account.roleArn ? ['sts:AssumeRole'] : [],
                observed: {
                    errorCode: account.code,
                    ...(account.roleArn ? { roleArn: account.roleArn } : {}),
                },
            },
            remediation: control.remediation,
        };
    });
}
/** The account as a result: not judged, an ERROR per control, read at `readAt`. */
function notJudgedResult(target, entry, controls, readAt) {
    return {
        accountId: target.accountId,
        partition: entry.partition,
        status: 'not-judged',
        ...(target.name ? { name: target.name } : {}),
        readAt,
        findings: notJudgedFindings(controls, entry),
        notes: [],
    };
}
/** An account left out (its Organizations state, or exclude-accounts): no findings, the reason. */
function skippedResult(target, partition, readAt) {
    return {
        accountId: target.accountId,
        partition,
        status: 'skipped',
        ...(target.name ? { name: target.name } : {}),
        skippedReason: target.reason,
        readAt,
        findings: [],
        notes: [],
    };
}

;// CONCATENATED MODULE: ./src/aws/root-evidence.ts
// Root's own credentials, read through a root session: the calls IAMAuditRootUserCredentials allows.




/**
 * A root device by its serial: an ARN with `:mfa/` is virtual, one with `:u2f/` a FIDO security key
 * or passkey (the API cannot tell them apart), any other serial a hardware TOTP token. The name after
 * the slash says nothing: root's devices may have any name and path.
 */
function deviceType(serialNumber) {
    const arn = /^arn:[^:]+:iam::\d{12}:(mfa|u2f)\//.exec(serialNumber);
    if (arn?.[1] === 'mfa')
        return 'virtual';
    if (arn?.[1] === 'u2f')
        return 'fido';
    return 'totp';
}
/**
 * Root's devices, password, keys (each with its last use) and last sign-in, with the account
 * summary beside them. Each call goes without UserName: in a root session it is about root. The
 * devices, the login profile and the keys decide verdicts, so any of them failing fails the whole;
 * a key's last use or root's last sign-in that cannot be read is said, never guessed.
 */
async function readRootEvidence(iam, limit) {
    return (0,call_failure/* read */.LF)('iam:ListMFADevices', async () => {
        const [devices, loginProfile, accessKeys, passwordLastUsed, summary] = await Promise.all([
            tagged('iam:ListMFADevices', () => listDevices(iam)),
            tagged('iam:GetLoginProfile', () => hasLoginProfile(iam)),
            tagged('iam:ListAccessKeys', () => listKeys(iam)),
            lastSignIn(iam),
            (0,call_failure/* read */.LF)('iam:GetAccountSummary', () => readAccountSummary(iam), limit),
        ]);
        return {
            devices,
            loginProfile,
            accessKeys,
            ...(passwordLastUsed ? { passwordLastUsed } : {}),
            summary,
        };
    }, limit);
}
/** A failure inside the multi-call read names the call that failed. */
async function tagged(call, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw error instanceof call_failure/* CallError */.RA ? error : new call_failure/* CallError */.RA(call, error);
    }
}
async function listDevices(iam) {
    const devices = await (0,pages/* collectPages */.VV)('iam:ListMFADevices', (0,client_iam_dist_cjs/* paginateListMFADevices */.rjP)({ client: iam }, {}), (page) => page.MFADevices, pages/* IAM_PAGES */.zZ);
    return rootDevicesOf(devices);
}
/**
 * ListMFADevices' entries as root's devices. A device without a serial cannot be told virtual from
 * hardware: the list is malformed and decides nothing (never counted as a hardware key).
 */
function rootDevicesOf(listed) {
    return listed.map((device) => {
        const serialNumber = device.SerialNumber;
        if (!serialNumber)
            throw new call_failure/* EvidenceError */.oe('MalformedResponse', 'ListMFADevices listed a device without a serial number, so its type is not known');
        return {
            serialNumber,
            type: deviceType(serialNumber),
            ...(device.EnableDate ? { enabledAt: device.EnableDate.toISOString() } : {}),
        };
    });
}
async function hasLoginProfile(iam) {
    try {
        await iam.send(new client_iam_dist_cjs/* GetLoginProfileCommand */.aZV({}));
        return true;
    }
    catch (error) {
        if (error instanceof client_iam_dist_cjs/* NoSuchEntityException */.vir)
            return false;
        throw error;
    }
}
async function listKeys(iam) {
    const keys = await (0,pages/* collectPages */.VV)('iam:ListAccessKeys', (0,client_iam_dist_cjs/* paginateListAccessKeys */.YQh)({ client: iam }, {}), (page) => page.AccessKeyMetadata, pages/* IAM_PAGES */.zZ);
    return Promise.all(keys.map(async (key) => {
        const accessKeyId = key.AccessKeyId ?? '(no key id)';
        const active = key.Status === 'Active';
        try {
            const out = await iam.send(new client_iam_dist_cjs/* GetAccessKeyLastUsedCommand */.qRl({ AccessKeyId: accessKeyId }));
            const used = out.AccessKeyLastUsed?.LastUsedDate;
            return { accessKeyId, active, ...(used ? { lastUsed: used.toISOString() } : {}) };
        }
        catch (error) {
            const failure = (0,call_failure/* describeFailure */.Ic)('iam:GetAccessKeyLastUsed', error);
            return { accessKeyId, active, lastUsedUnknown: `${failure.call} ${failure.code}` };
        }
    }));
}
/** Root's last console sign-in; undefined where it never signed in or GetUser could not say. */
async function lastSignIn(iam) {
    try {
        const out = await iam.send(new client_iam_dist_cjs/* GetUserCommand */.T3b({}));
        return out.User?.PasswordLastUsed?.toISOString();
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/aws/root-session.ts
var root_session = __webpack_require__(1652);
;// CONCATENATED MODULE: ./src/audit/root-session-unit.ts





/** What auditWithRootSession needs to read root in this account. */
function rootSessionDeps(account, limit, deps) {
    return {
        controls: deps.controls,
        partition: account.partition,
        now: deps.now,
        readRoot: () => readRootInSession(account, limit, deps),
    };
}
/**
 * sts:AssumeRoot with the audit task policy, root's evidence read with that session, and the
 * session dropped: its credentials live only in this call (masked the moment they arrived).
 */
async function readRootInSession(account, limit, deps) {
    let opened;
    try {
        opened = await limit.race((0,root_session/* assumeRoot */.ji)(deps.sts(), account, deps.mask), `${root_session/* ASSUME_ROOT */.mA} into ${account.accountId}`);
    }
    catch (error) {
        if (!(error instanceof runtime_deadline/* DeadlineExceeded */.m4))
            throw error;
        return {
            ok: false,
            failure: { call: root_session/* ASSUME_ROOT */.mA, ...outOfTime(error.message) },
        };
    }
    if (!opened.ok) {
        deps.log.debug(`${root_session/* ASSUME_ROOT */.mA} into ${account.accountId} refused: ${opened.failure.code}`);
        return opened;
    }
    const iam = accountIamClient(opened.credentials, deps, `root session, account ${account.accountId}`);
    try {
        return await readRootEvidence(iam, limit);
    }
    finally {
        if (!deps.agents)
            iam.destroy();
    }
}

// EXTERNAL MODULE: ./src/controls/root-session-findings.ts
var root_session_findings = __webpack_require__(6468);
;// CONCATENATED MODULE: ./src/audit/root-account.ts
// One account's unit where assume-root opens root sessions (spec "Root sessions"): root from a
// root session, IAM users (and a refused root) from the in-account session, each failure named.




/** A root sign-in this recent is said in the account's details. */
const RECENT_SIGN_IN_DAYS = 90;
const DAY_MS = 86_400_000;
/**
 * One account with root sessions on. The management account is never a target: decided in-account.
 * Elsewhere root's evidence comes from a root session; the in-account session is entered only where
 * a user control needs it or the root session was refused (then the root controls fall back to it).
 */
async function auditWithRootSession(target, deps) {
    if (target.accountId === deps.plan.managementAccountId) {
        const entry = await deps.enter();
        if (!entry.ok)
            return deps.notJudged(entry.failure);
        return deps.audit(entry.credentials, { managementAccount: true });
    }
    const rootSession = deps.plan.refusal
        ? { ok: false, failure: deps.plan.refusal }
        : await deps.readRoot();
    const userControls = deps.controls.filter((id) => !(0,src_controls/* isRootControl */._P)(id));
    if (rootSession.ok && userControls.length === 0)
        return withRootNotes(fromRootSessionAlone(target, rootSession, deps), rootSession, deps.now);
    const entry = await deps.enter();
    if (entry.ok)
        return withRootNotes(await deps.audit(entry.credentials, { rootSession }), rootSession, deps.now);
    if (!rootSession.ok)
        return bothRefused(deps, entry.failure, rootSession.failure);
    // Root decided by its session; the IAM users, which only the member role can read, not judged.
    const result = fromRootSessionAlone(target, rootSession, {
        ...deps,
        controls: deps.controls.filter(src_controls/* isRootControl */._P),
    });
    const users = notJudgedFindings(userControls, {
        ...entry.failure,
        accountId: target.accountId,
        partition: deps.partition,
    });
    return withRootNotes({
        ...result,
        findings: [...result.findings, ...users],
        notes: [...result.notes, `IAM users not judged: ${users[0]?.message ?? entry.failure.code}`],
    }, rootSession, deps.now);
}
/** Root's evidence from its session alone: no member role, no in-account call. */
function fromRootSessionAlone(target, rootSession, deps) {
    const snapshot = {
        accountId: target.accountId,
        partition: deps.partition,
        readAt: new Date(deps.now()).toISOString(),
        rootSession,
    };
    const result = judge(deps.controls, snapshot);
    return { ...result, ...(target.name ? { name: target.name } : {}) };
}
/** Neither session: every control ERROR, naming the member role's failure and the root session's. */
function bothRefused(deps, member, root) {
    const result = deps.notJudged({
        ...member,
        message: `${member.message}; and no root session either: ${root.call} failed with ${root.code} (${root.message})`,
        fix: `${member.fix}; for the root controls alone: ${root.fix ?? 'check centralized root access'}`,
    });
    const findings = result.findings.map((finding) => ({
        ...finding,
        evidence: {
            ...finding.evidence,
            calls: [...finding.evidence.calls, root.call],
            observed: { ...finding.evidence.observed, rootSessionErrorCode: root.code },
        },
    }));
    return { ...result, findings };
}
/** The account's details say root's devices by type, and a recent root sign-in. */
function withRootNotes(result, rootSession, now) {
    if (!rootSession.ok)
        return result;
    const facts = rootSession.value;
    const notes = [
        facts.devices.length > 0
            ? `Root's MFA devices (root session): ${(0,root_session_findings/* devicesInWords */.YT)(facts.devices)}.`
            : "Root's MFA devices (root session): none.",
    ];
    const signedIn = facts.passwordLastUsed ? Date.parse(facts.passwordLastUsed) : NaN;
    const days = Math.floor((now() - signedIn) / DAY_MS);
    if (Number.isFinite(days) && days <= RECENT_SIGN_IN_DAYS)
        notes.push(`Root signed in to the console ${days <= 0 ? 'today' : `${days} day(s) ago`} (${facts.passwordLastUsed}).`);
    return { ...result, notes: [...result.notes, ...notes] };
}

;// CONCATENATED MODULE: ./src/audit/report-head-start.ts



/**
 * Starts the account's credential report (GenerateCredentialReport) and waits until AWS says it is
 * complete, within the account's deadline and the report's own, looking again on the schedule of
 * many accounts. Each look has an IAM client of its own, dropped after it (the connections are the
 * run's): between looks a waiting account holds only its credentials and a timer, not a client's
 * 21 KiB, and a thousand accounts wait at once at AWS's pace (docs/performance.md). Nothing here
 * decides a verdict: a failed call or a report not ready in time leaves the read to the audit,
 * which reports it.
 */
async function reportHeadStart(accountId, credentials, deadline, deps) {
    const ask = () => startCredentialReport(accountIamClient(credentials, deps, `report head start, account ${accountId}`), deps.now);
    const policy = {
        now: deps.now,
        sleep: deps.sleep,
        deadlineMs: Math.min(REPORT_DEADLINE_MS, deadline.remainingMs()),
    };
    try {
        return await deadline.race(ask().then((start) => awaitCredentialReport(ask, policy, start, MANY_ACCOUNTS)), `iam:GenerateCredentialReport in ${accountId}`);
    }
    catch (error) {
        deps.log.debug(`${accountId}: the credential report could not be started ahead (${(0,call_failure/* errorCode */.CA)(error instanceof Error && 'cause' in error ? error.cause : error)}); the audit reads it itself`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/audit/user-pools.ts
// Cognito.5's reads for one account, inside that account's unit: which regions, then their pools.


/**
 * The regions to read: those of the `regions` input that offer the service, in the input's order;
 * by default every enabled region that offers it. A region without the service is never called.
 */
function chooseRegions(requested, offered, enabled) {
    const offers = new Set(offered);
    if (requested) {
        return {
            regions: requested.filter((region) => offers.has(region)),
            notOffered: requested.filter((region) => !offers.has(region)),
        };
    }
    const on = new Set(enabled ?? []);
    return { regions: [...offers].filter((region) => on.has(region)).sort(), notOffered: [] };
}
/**
 * Cognito.5's source, or undefined when it is not selected. The Cognito, SSM and Account SDKs are
 * loaded on first use only. The regions offering the service are public and the same for every
 * account of the partition: read once per run, with the first session.
 */
function userPoolSource(config, first, env, log) {
    if (!config.controls.includes('Cognito.5'))
        return undefined;
    let api;
    let offered;
    const load = () => (api ??= Promise.all(/* import() */[__webpack_require__.e(875), __webpack_require__.e(104)]).then(__webpack_require__.bind(__webpack_require__, 6104)));
    const common = (credentials, agents) => ({
        env,
        credentials,
        agents,
        attemptTimeoutMs: (0,clients/* attemptTimeoutFor */.ik)(config.timeoutSeconds),
        onRetry: (operation, attempts) => log.debug(`${operation} took ${attempts} attempts`),
    });
    const offeredRegions = (aws) => (offered ??= (async () => {
        const ssm = aws.createSsmClient({ ...common(first.credentials), region: config.region });
        try {
            return await aws.readServiceRegions(ssm, aws.COGNITO_REGIONS_PATH);
        }
        finally {
            ssm.destroy();
        }
    })());
    return {
        async read(account, credentials, limit, agents) {
            const aws = await load();
            const client = common(credentials, agents);
            const offers = await (0,call_failure/* read */.LF)('ssm:GetParametersByPath', () => offeredRegions(aws), limit);
            if (!offers.ok)
                return { regions: offers, notOffered: [] };
            let enabled;
            if (!config.regions) {
                const accountClient = aws.createAccountClient({ ...client, region: config.region });
                const listed = await (0,call_failure/* read */.LF)('account:ListRegions', () => aws.readEnabledRegions(accountClient), limit).finally(() => {
                    if (!agents)
                        accountClient.destroy();
                });
                if (!listed.ok)
                    return { regions: listed, notOffered: [] };
                enabled = listed.value;
            }
            const choice = chooseRegions(config.regions, offers.value, enabled);
            const regions = await aws.readUserPools(account, choice.regions, { client, limit });
            return { regions: { ok: true, value: regions }, notOffered: choice.notOffered };
        },
    };
}

;// CONCATENATED MODULE: ./src/audit/fan-out.ts
// The fan-out over accounts: every target audited as one unit, the rest not judged or skipped.
// account-pipeline.ts schedules the units (entered, report waited for, audited), each stage under
// an adaptive bound (adaptive-bound.ts); report-head-start.ts starts each report on entry.

















/**
 * Accounts audited at once when the run starts; the bound then grows while IAM answers and halves
 * when it throttles, up to what memory allows. IAM's limits are per account, so accounts do not
 * slow each other.
 */
const ACCOUNT_CONCURRENCY = 16;
/** Accounts audited at once, at most: an account in its audit holds its IAM client, users and verdicts. */
const AUDIT_CEILING = 64;
const AUDIT_BYTES = 2 * 1024 * 1024;
/**
 * sts:AssumeRole calls in flight when the run starts, and at most: STS's limits are per calling
 * account, and every member session is an AssumeRole from the first one. The bound halves when STS throttles.
 */
const ENTRY_INITIAL = 16;
const ENTRY_CEILING = 64;
/**
 * Accounts entered and not yet audited, at most: enough to keep every report STS lets us start
 * waiting at once (200 entries a second, a report taking seconds). Each holds its session, the IAM
 * client that polls its report and a timer: 29 KiB of heap measured for 500 waiting accounts.
 */
const AHEAD_CEILING = 1024;
const AHEAD_BYTES = 32 * 1024;
/** An AssumeRole still throttled after the SDK's retries is tried again this often, after a wait. */
const ENTRY_THROTTLE_RETRIES = 3;
const ENTRY_THROTTLE_WAIT_MS = 1_000;
/** The accounts in flight go to the debug log at most this often. */
const IN_FLIGHT_LOG_MS = 500;
/**
 * One account may take a quarter of the run, and at least a minute, so a stuck one cannot starve
 * the rest: once for its entry and its report's wait, once for its audit.
 */
const MIN_ACCOUNT_SHARE_MS = 60_000;
/** The fan-out's settings, from the Config and the first session. */
function fanOutDeps(config, first, run) {
    return {
        region: config.region,
        controls: config.controls,
        timeoutSeconds: config.timeoutSeconds,
        env: run.env,
        now: run.now,
        sleep: run.sleep,
        log: run.log,
        mask: run.mask,
        memberRoleName: config.selection.memberRoleName,
        roleSessionName: config.roleSessionName,
        firstRoleArn: config.roleToAssume ?? roleArnOf(first.arn),
        rootCredentialsManagement: run.rootCredentialsManagement,
        concurrency: accountConcurrency(run.env),
        headStart: run.env.IAM_MFA_AUDIT_HEAD_START !== 'off',
        liveUsers: run.liveUser ? liveUserNames([run.liveUser]) : undefined,
        userPools: userPoolSource(config, first, run.env, run.log),
        rootSessions: run.rootSessions,
    };
}
/**
 * Reports are started ahead where a selected control reads the credential report and accounts are
 * many. With root sessions each unit decides for itself whether to enter the account at all.
 */
function headStartWanted(deps, single) {
    return (deps.headStart && !single && !deps.rootSessions && (0,src_controls/* evidenceNeeds */.VM)(deps.controls).has('users'));
}
/**
 * The first session's role, which member roles must trust: `assumed-role/NAME/SESSION` becomes the
 * role's ARN (its path, which the session ARN does not carry, is left out); anything else as it is.
 */
function roleArnOf(principalArn) {
    const match = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principalArn);
    return match ? `arn:${match[1]}:iam::${match[2]}:role/${match[3]}` : principalArn;
}
/** A fixed bound: IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY lets the benchmark compare bounds. */
function accountConcurrency(env) {
    const value = Number(env.IAM_MFA_AUDIT_ACCOUNT_CONCURRENCY);
    return Number.isInteger(value) && value > 0 && value <= 256 ? value : undefined;
}
/**
 * Audits every target under a bound: the first session's own account with the first session,
 * every other account through its member role. An account that cannot be entered, or whose turn
 * comes after the deadline, is not judged; it never stops the others. Results come in account order.
 */
async function auditAccounts(config, targets, first, deadline, run) {
    const deps = fanOutDeps(config, first, run);
    const asFound = 'found' in targets;
    const single = !asFound && targets.audit.length === 1;
    // Many accounts: their results pile up while short-lived garbage (responses, signatures) churns.
    if (!single) {
        (0,heap_settings/* collectBeforeHeapDoubles */.g4)();
        (0,heap_settings/* growYoungGenerationOnce */.bv)();
    }
    const agents = (0,clients/* createAgents */.jQ)(deps.env);
    const fixed = deps.concurrency;
    const bounds = {
        entry: fixed
            ? fixedBound(fixed, deps.now)
            : new AdaptiveBound({ initial: ENTRY_INITIAL, ceiling: ENTRY_CEILING, now: deps.now }),
        audit: fixed
            ? fixedBound(fixed, deps.now)
            : new AdaptiveBound({
                initial: ACCOUNT_CONCURRENCY,
                ceiling: (0,memory/* accountsMemoryAllows */.U)(AUDIT_BYTES, AUDIT_CEILING),
                now: deps.now,
            }),
        ahead: (0,memory/* accountsMemoryAllows */.U)(AHEAD_BYTES, AHEAD_CEILING),
    };
    const iamThrottled = (operation) => {
        deps.log.debug(`iam:${operation} throttled`);
        bounds.audit.throttled();
    };
    const accountDeps = { ...deps, agents, onIamThrottle: iamThrottled };
    const share = Math.max(MIN_ACCOUNT_SHARE_MS, (deadline.seconds * 1000) / 4);
    const shareOf = () => single
        ? deadline
        : deadline.share(share, `this account's share of the run (${Math.round(share / 1000)} s) ran out`);
    // Only member accounts need STS: a run of the first session's own account never creates it.
    let sts;
    const memberSts = () => (sts ??= (0,clients/* createStsClient */.uW)({
        region: deps.region,
        env: deps.env,
        credentials: first.credentials,
        agents,
        attemptTimeoutMs: (0,clients/* attemptTimeoutFor */.ik)(deps.timeoutSeconds),
        onRetry: (operation, attempts) => deps.log.debug(`sts:${operation} took ${attempts} attempts`),
        onThrottle: (operation) => {
            deps.log.debug(`sts:${operation} throttled`);
            bounds.entry.throttled();
        },
    }));
    const notJudged = (target, entry) => notJudgedResult(target, { ...entry, accountId: target.accountId, partition: first.partition }, deps.controls, new Date(deps.now()).toISOString());
    /**
     * Enters one account: the first session's own, or its member role. With root sessions the unit
     * itself enters in-account, and only where it needs to (auditWithRootSession).
     */
    const enter = async (target) => {
        if (deadline.remainingMs() === 0) {
            const failure = outOfTime(`the run's time ran out (timeout-seconds: ${deadline.seconds}) before this account's turn`);
            return { target, entry: { ok: false, failure } };
        }
        return deps.rootSessions ? { target } : { target, entry: await enterInAccount(target) };
    };
    /** The first session's own account, or a member's role (retried while STS throttles). */
    const enterInAccount = async (target) => {
        if (target.accountId === first.accountId)
            return { ok: true, credentials: first.credentials };
        const roleArn = `arn:${first.partition}:iam::${target.accountId}:role/${deps.memberRoleName}`;
        const entryDeadline = shareOf();
        for (let attempt = 0;; attempt++) {
            const entry = await assumeWithin(entryDeadline, target, roleArn);
            if (entry.ok) {
                bounds.entry.succeeded();
                return entry;
            }
            const wait = ENTRY_THROTTLE_WAIT_MS * 2 ** attempt;
            if (!(0,clients/* isThrottlingCode */.pZ)(entry.failure.code) ||
                attempt >= ENTRY_THROTTLE_RETRIES ||
                entryDeadline.remainingMs() <= wait)
                return { ok: false, failure: { roleArn, ...entry.failure } };
            await deps.sleep(wait);
        }
    };
    const assumeWithin = async (limit, target, roleArn) => {
        try {
            return await limit.race(assumeMemberRole(memberSts(), { roleArn, sessionName: deps.roleSessionName, durationSeconds: 3600 }, deps.mask, deps.firstRoleArn), `sts:AssumeRole into ${target.accountId}`);
        }
        catch (error) {
            if (!(error instanceof runtime_deadline/* DeadlineExceeded */.m4))
                throw error;
            const failure = outOfTime(error.message);
            return { ok: false, failure };
        }
    };
    /** Starts the entered account's report and waits for it, holding no audit place. */
    const ready = async (entered) => {
        if (!entered.entry?.ok)
            return entered;
        const report = await reportHeadStart(entered.target.accountId, entered.entry.credentials, shareOf(), accountDeps);
        return { ...entered, report };
    };
    /** One account's unit: its session \u2192 snapshot \u2192 controls \u2192 findings. */
    const auditOne = async (entered) => {
        const { target, entry } = entered;
        if (entry && !entry.ok)
            return notJudged(target, entry.failure);
        const own = target.accountId === first.accountId;
        const account = { ...target, partition: first.partition };
        const limit = shareOf();
        const audit = async (credentials, extra = {}) => {
            const result = await auditAccount(account, credentials, limit, accountDeps, {
                ...extra,
                reportStart: entered.report,
            });
            bounds.audit.succeeded();
            return deps.rootCredentialsManagement && !own ? withCentralRootRemediation(result) : result;
        };
        if (!deps.rootSessions)
            return audit(entry?.credentials);
        return auditWithRootSession(target, {
            ...rootSessionDeps(account, limit, { ...accountDeps, sts: memberSts }),
            plan: deps.rootSessions,
            enter: () => enterInAccount(target),
            audit,
            notJudged: (entry) => notJudged(target, entry),
        });
    };
    const inFlight = inFlightLog(deps.log, deps.now);
    try {
        const audited = await runPipeline(asFound ? targets.found : targets.audit, {
            enter,
            ready: headStartWanted(deps, single) ? ready : undefined,
            audit: async (entered) => {
                const result = await auditOne(entered);
                deps.log.info(accountLine(result));
                return result;
            },
        }, bounds, single ? undefined : inFlight.watch);
        if (!single)
            inFlight.close();
        const all = asFound ? (await targets.chosen).targets : targets;
        if (asFound)
            inAccountOrder(audited, all);
        const readAt = new Date(deps.now()).toISOString();
        return [
            ...audited,
            ...(all.unknownState ?? []).map((target) => notJudged(target, {
                code: 'UnknownAccountState',
                message: 'Organizations gave this account neither State nor Status, so whether it is ACTIVE is not known',
                fix: 'check the account in the AWS Organizations console and re-run; an account whose state cannot be read is not judged rather than skipped',
            })),
            ...all.skipped.map((target) => skippedResult(target, first.partition, readAt)),
        ];
    }
    finally {
        agents.http.destroy();
        agents.https.destroy();
    }
}
/**
 * Sorts the results of accounts audited as found into the order of the targets, and checks that
 * they are the targets: an account chosen but never audited must not pass unseen.
 */
function inAccountOrder(audited, all) {
    audited.sort((a, b) => a.accountId.localeCompare(b.accountId));
    const chosen = all.audit.map((target) => target.accountId).join();
    if (audited.map((result) => result.accountId).join() !== chosen)
        throw new Error(`the accounts audited as discovery found them (${audited.length}) are not the ${all.audit.length} chosen: a bug in iam-mfa-audit; please report it`);
}
/**
 * The accounts in each stage, in the debug log at most every IN_FLIGHT_LOG_MS (the benchmark
 * reads these lines), and the most at once when the fan-out ends.
 */
function inFlightLog(log, now) {
    const startedAt = now();
    let loggedAt = Number.NEGATIVE_INFINITY;
    const most = { entering: 0, waiting: 0, auditing: 0 };
    const line = (at, i) => `accounts in flight at +${((at - startedAt) / 1000).toFixed(1)} s: ${i.entering} entering (bound ${i.entryBound}), ${i.waiting} waiting for their report, ${i.auditing} audited (bound ${i.auditBound})`;
    return {
        watch: (i) => {
            most.entering = Math.max(most.entering, i.entering);
            most.waiting = Math.max(most.waiting, i.waiting);
            most.auditing = Math.max(most.auditing, i.auditing);
            const at = now();
            if (at - loggedAt < IN_FLIGHT_LOG_MS)
                return;
            loggedAt = at;
            log.debug(line(at, i));
        },
        close: () => log.debug(`accounts in flight at most: ${most.entering} entering, ${most.waiting} waiting for their report, ${most.auditing} audited`),
    };
}
function accountLine(result) {
    const flagged = result.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR');
    const label = (0,model/* accountLabel */._3)(result);
    if (result.status === 'not-judged')
        return `${label}: not judged (${flagged[0]?.evidence.observed.errorCode})`;
    const failed = new Set(flagged.map((f) => `${f.control} ${f.status}`));
    return `${label}: ${failed.size === 0 ? 'every control passed' : [...failed].join(', ')}`;
}


/***/ }),

/***/ 5102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createIamClient)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6764);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5993);


/**
 * IAM is global; the region picks the partition's endpoint (iam.amazonaws.com,
 * iam.us-gov.amazonaws.com, iam.cn-north-1.amazonaws.com.cn). The SDK honours
 * AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_IAM itself. Standard retries back off per request on
 * throttling; `npm run bench` measured adaptive mode's client-wide limiter slower under an IAM-like
 * token bucket (1,000 users without MFA: 8.7 s adaptive, 7.6 s standard; floor 7.1 s).
 */
function createIamClient(options) {
    const client = (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedLookups */ .tf)('iam', options.agents, (lookedUp) => new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_1__/* .IAMClient */ .h8v({ ...(0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .clientSettings */ .ry)(options), ...lookedUp }));
    (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .reportRetries */ .HS)(client.middlewareStack, options.onRetry);
    (0,_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .reportThrottles */ .Sg)(client.middlewareStack, options.onThrottle);
    return client;
}


/***/ }),

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ NEXT_TOKEN_PAGES),
/* harmony export */   VV: () => (/* binding */ collectPages),
/* harmony export */   zZ: () => (/* binding */ IAM_PAGES)
/* harmony export */ });
/* harmony import */ var _call_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7770);

/** IAM's Query listings: `IsTruncated` and `Marker`. */
const IAM_PAGES = {
    claimsMore: (page) => page.IsTruncated === true,
    token: (page) => page.Marker,
};
/** JSON listings (Organizations, Cognito, SSM, Account): a NextToken means more; a page may be empty while it is set. */
const NEXT_TOKEN_PAGES = {
    claimsMore: () => false,
    token: (page) => page.NextToken,
};
/**
 * Collects every item of an SDK paginator. The SDK stops quietly when a page claims more but gives
 * no token, and loops when a token repeats; either would make a shortened list look complete, so
 * both are errors here: the controls that need the listing are then ERROR, never passed.
 */
async function collectPages(listing, pages, itemsOf, shape, 
/** Each page's items as it arrives, before the listing ends (discovery feeds the fan-out). */
onItems) {
    const items = [];
    const seen = new Set();
    for await (const page of pages) {
        const pageItems = itemsOf(page) ?? [];
        items.push(...pageItems);
        onItems?.(pageItems);
        const token = shape.token(page);
        if (shape.claimsMore(page) && !token) {
            throw new _call_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceError */ .oe('IncompleteListing', `${listing} said more results follow but gave no token to fetch them; the listing is incomplete`);
        }
        if (token === undefined)
            continue;
        if (seen.has(token)) {
            throw new _call_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceError */ .oe('RepeatedMarker', `${listing} returned the same page token "${token.slice(0, 40)}" twice; paging stopped`);
        }
        seen.add(token);
    }
    return items;
}


/***/ }),

/***/ 1652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ globalStsEndpoint),
/* harmony export */   ji: () => (/* binding */ assumeRoot),
/* harmony export */   mA: () => (/* binding */ ASSUME_ROOT),
/* harmony export */   pN: () => (/* binding */ rootSessionUnavailable)
/* harmony export */ });
/* unused harmony exports ROOT_SESSION_SECONDS, auditTaskPolicyArn, refusalFix */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1695);
/* harmony import */ var _call_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7770);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5993);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1824);
// A root session in a member account: sts:AssumeRoot with the audit task policy, on a regional endpoint.




const ASSUME_ROOT = 'sts:AssumeRoot';
/** AWS allows a root session at most 900 s; the audit of one account's root takes a few calls. */
const ROOT_SESSION_SECONDS = 900;
/** The AWS-managed task policy that allows only reads of root's own credentials. */
function auditTaskPolicyArn(partition) {
    return `arn:${partition}:iam::aws:policy/root-task/IAMAuditRootUserCredentials`;
}
const TURN_ON = 'turn on centralized root access in the management account: aws organizations enable-aws-service-access ' +
    '--service-principal iam.amazonaws.com; aws iam enable-organizations-root-credentials-management; ' +
    'aws iam enable-organizations-root-sessions';
/**
 * Where STS is reached for this run: AWS_ENDPOINT_URL_STS, else AWS_ENDPOINT_URL, as the SDK reads
 * them. The global endpoint (sts.amazonaws.com) refuses AssumeRoot, so it is never asked.
 */
function globalStsEndpoint(env) {
    const url = env.AWS_ENDPOINT_URL_STS || env.AWS_ENDPOINT_URL;
    if (!url)
        return undefined;
    try {
        return new URL(url).hostname.toLowerCase() === 'sts.amazonaws.com' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
/** The refusal to give without asking AWS: the global endpoint, or root sessions not on here. */
function rootSessionUnavailable(reason, endpoint) {
    if (reason === 'global-endpoint')
        return {
            call: ASSUME_ROOT,
            code: 'GlobalEndpoint',
            message: `the STS endpoint ${endpoint} is the global one, which refuses AssumeRoot`,
            fix: 'point AWS_ENDPOINT_URL_STS at a regional endpoint (https://sts.<region>.amazonaws.com), or unset it',
        };
    if (reason === 'sessions-off')
        return {
            call: ASSUME_ROOT,
            code: 'RootSessionsOff',
            message: "the Organization's centralized root access is on, but its root sessions (RootSessions) are off, so no root session can be opened",
            fix: 'in the management account: aws iam enable-organizations-root-sessions',
        };
    return {
        call: ASSUME_ROOT,
        code: reason === 'feature-off' ? 'CentralizedRootAccessOff' : 'CentralizedRootAccessNotKnown',
        message: reason === 'feature-off'
            ? "the Organization's centralized root access (RootCredentialsManagement) is off, so no root session can be opened"
            : 'the first session is not in the management account or the delegated administrator for centralized root access, so root sessions cannot be opened from it',
        fix: reason === 'feature-off'
            ? TURN_ON
            : 'run the audit from the management account or the delegated administrator for root access (deploy/ has the hub role), with centralized root access on',
    };
}
/**
 * sts:AssumeRoot into `accountId` with the audit task policy. Every credential part is masked the
 * moment it arrives; the caller drops the credentials once the account's root evidence is read.
 * The STS client's own retries cover throttling and 5xx; a refusal is final.
 */
async function assumeRoot(sts, target, mask) {
    try {
        const out = await sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_3__/* .AssumeRootCommand */ .Sw({
            TargetPrincipal: target.accountId,
            TaskPolicyArn: { arn: auditTaskPolicyArn(target.partition) },
            DurationSeconds: ROOT_SESSION_SECONDS,
        }));
        const credentials = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_2__/* .maskedCredentials */ .Wl)(out.Credentials, mask);
        if (credentials)
            return { ok: true, credentials };
        return {
            ok: false,
            failure: {
                call: ASSUME_ROOT,
                code: 'NoCredentials',
                message: 'STS returned no credentials',
                fix: 'run again',
            },
        };
    }
    catch (error) {
        const failure = (0,_call_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFailure */ .Ic)(ASSUME_ROOT, error);
        return { ok: false, failure: { ...failure, fix: refusalFix(failure) } };
    }
}
/** What to do about a refusal, by its code. */
function refusalFix(failure) {
    if (failure.missingPermission)
        return (`give the first session's role sts:AssumeRoot on arn:aws:iam::*:root with the condition sts:TaskPolicyArn = ` +
            `IAMAuditRootUserCredentials (the hub template's EnableRootSessions), check that no service control policy ` +
            `denies sts:AssumeRoot, and that centralized root access is on (${TURN_ON})`);
    if ((0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottlingCode */ .pZ)(failure.code))
        return 'STS throttled the root sessions past retries: run again, or audit fewer accounts at once (shard)';
    if (failure.code === 'RegionDisabledException')
        return "activate STS in the action's aws-region, or choose another aws-region";
    return 'run again; if it persists, check centralized root access in the management account';
}


/***/ })

};
