export const id = 774;
export const ids = [774];
export const modules = {

/***/ 4774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  centralRootAccess: () => (/* binding */ centralRootAccess),
  chooseAccounts: () => (/* binding */ chooseAccounts),
  usesOrganizations: () => (/* binding */ usesOrganizations)
});

// EXTERNAL MODULE: ./src/aws/iam-client.ts
var iam_client = __webpack_require__(5102);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/call-failure.ts
var call_failure = __webpack_require__(7770);
;// CONCATENATED MODULE: ./src/aws/root-access.ts


/** Whether centralized root access is on (`RootCredentialsManagement`); undefined where not known here. */
async function readRootCredentialsManagement(iam, limit) {
    try {
        const out = await limit.race(iam.send(new dist_cjs/* ListOrganizationsFeaturesCommand */.TTN({})), 'iam:ListOrganizationsFeatures');
        return { enabled: (out.EnabledFeatures ?? []).includes('RootCredentialsManagement') };
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

// EXTERNAL MODULE: ./src/audit/fan-out.ts + 7 modules
var fan_out = __webpack_require__(1673);
;// CONCATENATED MODULE: ./src/audit/choose-accounts.ts



/**
 * Which accounts to audit: the first session's own by default; otherwise the ids named, and the
 * Organization's accounts (all, or under roots and OUs) read from the first session.
 */
async function chooseAccounts(config, first, deadline, env, log) {
    const { selection } = config;
    if (selection.ownAccountOnly)
        return { targets: (0,fan_out.chooseTargets)(selection, first.accountId, []) };
    const discover = usesOrganizations(selection);
    const api = discover ? await Promise.all(/* import() */[__webpack_require__.e(503), __webpack_require__.e(298)]).then(__webpack_require__.bind(__webpack_require__, 3298)) : undefined;
    const organizations = api?.createOrganizationsClient({
        region: config.region,
        env,
        credentials: first.credentials,
    });
    try {
        const [discovered, rootCredentialsManagement] = await Promise.all([
            api && organizations
                ? api.discoverAccounts(organizations, selection, deadline)
                : Promise.resolve([]),
            centralRootAccess(config, first, deadline, env, log),
        ]);
        const targets = (0,fan_out.chooseTargets)(selection, first.accountId, discovered);
        log.info(`${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped` +
            (discover ? ` (${discovered.length} found in the Organization)` : '') +
            `; centralized root access ${rootCredentialsManagement === undefined ? 'not known here' : rootCredentialsManagement ? 'on' : 'off'}.`);
        return { targets, rootCredentialsManagement };
    }
    finally {
        organizations?.destroy();
    }
}
/** The selection names the Organization, or OUs and roots in it: Organizations must be asked. */
function usesOrganizations(selection) {
    return selection.organization || selection.parents.length > 0;
}
/** Whether the Organization has centralized root access, read from the first session. */
async function centralRootAccess(config, first, deadline, env, log) {
    const iam = (0,iam_client/* createIamClient */.L)({ region: config.region, env, credentials: first.credentials });
    try {
        const features = await readRootCredentialsManagement(iam, deadline);
        if (features.note)
            log.warning(features.note);
        return features.enabled;
    }
    finally {
        iam.destroy();
    }
}


/***/ })

};
