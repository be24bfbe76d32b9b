export const id = 205;
export const ids = [205];
export const modules = {

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


/***/ })

};
