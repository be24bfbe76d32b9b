export const id = 904;
export const ids = [904,774,205];
export const modules = {

/***/ 4774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  chooseAccounts: () => (/* binding */ chooseAccounts),
  chooseAccountsAsFound: () => (/* binding */ chooseAccountsAsFound),
  rootAccessFeatures: () => (/* binding */ rootAccessFeatures),
  usesOrganizations: () => (/* binding */ usesOrganizations),
  withOrganizations: () => (/* binding */ withOrganizations)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/aws/iam-client.ts
var iam_client = __webpack_require__(5102);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/call-failure.ts
var call_failure = __webpack_require__(7770);
;// CONCATENATED MODULE: ./src/aws/root-access.ts


/**
 * Whether centralized root access is on (`RootCredentialsManagement`), and whether it lets root
 * sessions be opened (`RootSessions`, which sts:AssumeRoot needs); undefined where not known here.
 */
async function readRootCredentialsManagement(iam, limit) {
    try {
        const out = await limit.race(iam.send(new dist_cjs/* ListOrganizationsFeaturesCommand */.TTN({})), 'iam:ListOrganizationsFeatures');
        const features = out.EnabledFeatures ?? [];
        return {
            enabled: features.includes('RootCredentialsManagement'),
            rootSessions: features.includes('RootSessions'),
        };
    }
    catch (error) {
        if (error instanceof dist_cjs/* AccountNotManagementOrDelegatedAdministratorException */.E66) {
            return { enabled: undefined };
        }
        return {
            enabled: undefined,
            note: `iam:ListOrganizationsFeatures failed with ${(0,call_failure/* errorCode */.CA)(error)}; whether centralized root access is on is not known`,
        };
    }
}

// EXTERNAL MODULE: ./src/audit/targets.ts
var audit_targets = __webpack_require__(4205);
;// CONCATENATED MODULE: ./src/audit/choose-accounts.ts




/**
 * Which accounts to audit: the first session's own by default; otherwise the ids named, and the
 * Organization's accounts (all, or under roots and OUs) read from the first session.
 */
async function chooseAccounts(choosing) {
    const { config, first, deadline } = choosing;
    const { selection } = config;
    if (selection.ownAccountOnly)
        return { targets: (0,audit_targets.chooseTargets)(selection, first.accountId, []) };
    return withOrganizations(choosing, async (organizations) => {
        const [discovered, features] = await Promise.all([
            organizations
                ? organizations.api.discoverAccounts(organizations.client, selection, deadline)
                : Promise.resolve([]),
            rootAccessFeatures(choosing),
        ]);
        return chosenFrom(choosing, discovered, features);
    });
}
/**
 * chooseAccounts for a selection that asks Organizations, whose accounts need not wait for the
 * last page: each is handed on to be entered (and its report started) as soon as it is found.
 */
function chooseAccountsAsFound(choosing) {
    const { config, deadline } = choosing;
    const { selection } = config;
    const feed = new external_node_events_.EventEmitter();
    // Listening starts now, so no page found before the fan-out reads is lost.
    const pages = (0,external_node_events_.on)(feed, 'targets', { close: ['end'] });
    const asFound = (0,audit_targets.targetsAsFound)(selection);
    const send = (targets) => {
        if (targets.length > 0)
            feed.emit('targets', targets);
    };
    const features = rootAccessFeatures(choosing);
    const chosen = withOrganizations(choosing, async (organizations) => {
        if (!organizations)
            throw new Error('chooseAccountsAsFound needs a selection that asks Organizations');
        const discovered = await organizations.api.discoverAccounts(organizations.client, selection, deadline, (accounts) => send(asFound.found(accounts)));
        send(asFound.rest());
        return chosenFrom(choosing, discovered, await features);
    }).then((done) => {
        feed.emit('end');
        return done;
    }, (error) => {
        feed.emit('error', error);
        throw error;
    });
    // Whoever reads `found` hears of a failure there; `chosen` is awaited only after it.
    chosen.catch(() => undefined);
    return { found: eachTarget(pages), features, chosen };
}
async function* eachTarget(pages) {
    for await (const [targets] of pages)
        yield* targets;
}
/** The targets of what discovery found, said in the log once. */
function chosenFrom({ config, first, log }, discovered, features) {
    const rootCredentialsManagement = features.enabled;
    const targets = (0,audit_targets.chooseTargets)(config.selection, first.accountId, discovered);
    log.info(`${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped` +
        (usesOrganizations(config.selection)
            ? ` (${discovered.length} found in the Organization)`
            : '') +
        `; centralized root access ${rootCredentialsManagement === undefined ? 'not known here' : rootCredentialsManagement ? 'on' : 'off'}.`);
    return { targets, rootCredentialsManagement, rootAccess: features };
}
/**
 * Runs `work` with an Organizations client of the first session where the selection asks
 * Organizations (undefined otherwise), and destroys it after. The Organizations SDK is loaded only
 * then: start-up stays small.
 */
async function withOrganizations({ config, first, env }, work) {
    if (!usesOrganizations(config.selection))
        return work(undefined);
    const api = await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 3298));
    const client = api.createOrganizationsClient({
        region: config.region,
        env,
        credentials: first.credentials,
    });
    try {
        return await work({ api, client });
    }
    finally {
        client.destroy();
    }
}
/** The selection names the Organization, or OUs and roots in it: Organizations must be asked. */
function usesOrganizations(selection) {
    return selection.organization || selection.parents.length > 0;
}
/** Centralized root access and its root sessions, read from the first session. */
async function rootAccessFeatures({ config, first, deadline, env, log, }) {
    const iam = (0,iam_client/* createIamClient */.L)({ region: config.region, env, credentials: first.credentials });
    try {
        const features = await readRootCredentialsManagement(iam, deadline);
        if (features.note)
            log.warning(features.note);
        return features;
    }
    finally {
        iam.destroy();
    }
}


/***/ }),

/***/ 5904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OutsideSelectionError: () => (/* binding */ OutsideSelectionError),
/* harmony export */   chooseTriggeredAccount: () => (/* binding */ chooseTriggeredAccount),
/* harmony export */   chooseTriggeredTarget: () => (/* binding */ chooseTriggeredTarget)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);
/* harmony import */ var _choose_accounts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4774);


/** The account a change event names lies outside what `accounts` selects: nothing is audited. */
class OutsideSelectionError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .l {
    constructor(message) {
        super(message);
        this.name = 'OutsideSelectionError';
    }
}
/**
 * The one account a change event names, if `accounts` selects it; skipped, with no call at all,
 * where exclude-accounts lists it (the user's own choice: design "Red within minutes of a change");
 * otherwise an OutsideSelectionError naming the account and the input. Organizations is asked
 * only where the selection names the Organization or its OUs and roots.
 */
async function chooseTriggeredTarget(selection, firstAccountId, accountId, lookups) {
    const outside = (why) => new OutsideSelectionError(`The change event names account ${accountId}, which ${why}; it was not audited, and no call was made into it.`);
    const audit = (account) => ({
        audit: [{ accountId: account.accountId, ...(account.name ? { name: account.name } : {}) }],
        skipped: [],
    });
    if (selection.exclude.includes(accountId))
        return { audit: [], skipped: [{ accountId, reason: 'listed in exclude-accounts' }] };
    if (selection.ownAccountOnly) {
        if (accountId === firstAccountId)
            return audit({ accountId });
        throw outside(`is not the credentials' own account (${firstAccountId}), and the accounts input is empty; name it in the accounts input to audit it`);
    }
    if (selection.accountIds.includes(accountId))
        return audit({ accountId });
    const wanted = [...(selection.organization ? ['organization'] : []), ...selection.parents].join(', ');
    if (!selection.organization && selection.parents.length === 0)
        throw outside(`is not among the accounts input's account ids (${selection.accountIds.join(', ')})`);
    const known = await lookups.describeAccount(accountId);
    if (!known)
        throw outside(`is not an account of the Organization (accounts input: ${wanted})`);
    if (known.state === undefined) {
        if (selection.organization)
            return { audit: [], skipped: [], unknownState: [known] };
    }
    else if (known.state !== 'ACTIVE')
        throw outside(`has the Organizations state ${known.state}, and only ACTIVE accounts are audited (accounts input: ${wanted})`);
    if (selection.organization)
        return audit(known);
    const selected = (id) => selection.parents.includes(id);
    const ancestors = await lookups.ancestorsOf(accountId, selected);
    if (ancestors.some(selected))
        return known.state === undefined
            ? { audit: [], skipped: [], unknownState: [known] }
            : audit(known);
    throw outside(`is not under ${selection.parents.join(', ')} (the accounts input)`);
}
const NO_LOOKUPS = {
    describeAccount: () => Promise.reject(new Error('Organizations is not asked for this selection')),
    ancestorsOf: () => Promise.reject(new Error('Organizations is not asked for this selection')),
};
/** chooseAccounts for a run a change event triggered: the event's account, or a failure. */
async function chooseTriggeredAccount(choosing, trigger) {
    const { first, deadline, log } = choosing;
    const { selection } = choosing.config;
    return (0,_choose_accounts_js__WEBPACK_IMPORTED_MODULE_1__.withOrganizations)(choosing, async (organizations) => {
        const targets = await chooseTriggeredTarget(selection, first.accountId, trigger.account, organizations
            ? organizations.api.organizationLookups(organizations.client, deadline)
            : NO_LOOKUPS);
        if (targets.audit.length === 0)
            return { targets };
        log.info(`The change event's account ${trigger.account} is selected: auditing it alone.`);
        if (selection.ownAccountOnly)
            return { targets };
        const features = await (0,_choose_accounts_js__WEBPACK_IMPORTED_MODULE_1__.rootAccessFeatures)(choosing);
        return {
            targets,
            rootCredentialsManagement: features.enabled,
            rootAccess: features,
        };
    });
}


/***/ }),

/***/ 4205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseTargets: () => (/* binding */ chooseTargets),
/* harmony export */   selectionOf: () => (/* binding */ selectionOf),
/* harmony export */   shardTargets: () => (/* binding */ shardTargets),
/* harmony export */   targetsAsFound: () => (/* binding */ targetsAsFound)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_shard_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1881);
// Which accounts to audit and which to list as skipped: pure, once discovery has run.


/** Which accounts to audit and which to list as skipped (pure: discovery has already run). */
function chooseTargets(selection, firstAccountId, discovered) {
    const candidates = new Map();
    if (selection.ownAccountOnly)
        candidates.set(firstAccountId, { accountId: firstAccountId });
    for (const accountId of selection.accountIds)
        candidates.set(accountId, { accountId });
    for (const account of discovered)
        candidates.set(account.accountId, account);
    const exclude = new Set(selection.exclude);
    const targets = { audit: [], skipped: [] };
    for (const account of [...candidates.values()].sort((a, b) => a.accountId.localeCompare(b.accountId))) {
        const { target, skipped } = classifyTarget(account, exclude);
        if (skipped === undefined)
            targets.audit.push(target);
        else if (skipped === UNKNOWN_STATE)
            (targets.unknownState ??= []).push(target);
        else
            targets.skipped.push({ ...target, reason: skipped });
    }
    return targets;
}
const UNKNOWN_STATE = Symbol('unknown state');
/**
 * One candidate: audited (no `skipped`), skipped for a reason, or of a state not known. An account
 * named in the inputs and not found by discovery counts as ACTIVE.
 */
function classifyTarget(account, exclude) {
    const target = {
        accountId: account.accountId,
        ...(account.name ? { name: account.name } : {}),
    };
    const state = 'state' in account ? account.state : 'ACTIVE';
    if (exclude.has(account.accountId))
        return { target, skipped: 'listed in exclude-accounts' };
    if (state === undefined)
        return { target, skipped: UNKNOWN_STATE };
    if (state !== 'ACTIVE')
        return { target, skipped: `Organizations state ${state}` };
    return { target };
}
/**
 * The accounts of a selection to audit, as discovery finds them: each account a page names that
 * chooseTargets would audit, the first time it is named; once discovery has ended, the accounts
 * named in the inputs that it did not find. Together, exactly chooseTargets' `audit`.
 */
function targetsAsFound(selection) {
    const exclude = new Set(selection.exclude);
    const named = new Set(selection.accountIds);
    const toAudit = (account) => {
        const { target, skipped } = classifyTarget(account, exclude);
        return skipped === undefined ? [target] : [];
    };
    return {
        /** Of one page's accounts (each new to discovery), those to audit. */
        found: (accounts) => accounts.flatMap((account) => {
            named.delete(account.accountId);
            return toAudit(account);
        }),
        /** Once discovery has ended: the named accounts it did not find, to audit. */
        rest: () => [...named].flatMap((accountId) => toAudit({ accountId })),
    };
}
/**
 * One shard's part of the targets: the whole list, audited and skipped, by account id, cut into
 * stable slices, so that every account, skipped ones too, is in exactly one shard's report.
 */
function shardTargets(targets, shard) {
    const all = [
        ...targets.audit.map((target) => ({ target, kind: 'audit' })),
        ...(targets.unknownState ?? []).map((target) => ({ target, kind: 'unknown' })),
        ...targets.skipped.map((target) => ({ target, kind: 'skipped' })),
    ].map((entry) => ({ ...entry, accountId: entry.target.accountId }));
    const mine = (0,_inputs_shard_js__WEBPACK_IMPORTED_MODULE_1__/* .sliceForShard */ .Ok)(all, shard);
    const unknownState = mine.flatMap((e) => (e.kind === 'unknown' ? [e.target] : []));
    return {
        audit: mine.flatMap((e) => (e.kind === 'audit' ? [e.target] : [])),
        skipped: mine.flatMap((e) => e.kind === 'skipped' ? [e.target] : []),
        ...(unknownState.length > 0 ? { unknownState } : {}),
    };
}
/** The list every shard slices (audited and skipped), as a shard report records it for the merge. */
function selectionOf(targets) {
    const ids = [...targets.audit, ...(targets.unknownState ?? []), ...targets.skipped]
        .map((t) => t.accountId)
        .sort();
    return {
        accounts: ids.length,
        digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(ids.join('\n')).digest('hex').slice(0, 16),
    };
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


/***/ })

};
