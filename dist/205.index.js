export const id = 205;
export const ids = [205];
export const modules = {

/***/ 4205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chooseTargets: () => (/* binding */ chooseTargets),
/* harmony export */   selectionOf: () => (/* binding */ selectionOf),
/* harmony export */   shardTargets: () => (/* binding */ shardTargets)
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
        const target = {
            accountId: account.accountId,
            ...(account.name ? { name: account.name } : {}),
        };
        const state = 'state' in account ? account.state : 'ACTIVE';
        if (exclude.has(account.accountId))
            targets.skipped.push({ ...target, reason: 'listed in exclude-accounts' });
        else if (state === undefined)
            (targets.unknownState ??= []).push(target);
        else if (state !== 'ACTIVE')
            targets.skipped.push({ ...target, reason: `Organizations state ${state}` });
        else
            targets.audit.push(target);
    }
    return targets;
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
