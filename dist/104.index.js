export const id = 104;
export const ids = [104];
export const modules = {

/***/ 6104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COGNITO_REGIONS_PATH: () => (/* reexport */ COGNITO_REGIONS_PATH),
  POOLS_PER_REGION: () => (/* binding */ POOLS_PER_REGION),
  REGIONS_PER_ACCOUNT: () => (/* binding */ REGIONS_PER_ACCOUNT),
  createAccountClient: () => (/* reexport */ createAccountClient),
  createSsmClient: () => (/* reexport */ createSsmClient),
  readEnabledRegions: () => (/* reexport */ readEnabledRegions),
  readServiceRegions: () => (/* reexport */ readServiceRegions),
  readUserPools: () => (/* binding */ readUserPools)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cognito-identity-provider/dist-cjs/index.js
var dist_cjs = __webpack_require__(7705);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(370);
// EXTERNAL MODULE: ./src/aws/call-failure.ts
var call_failure = __webpack_require__(7770);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5993);
// EXTERNAL MODULE: ./src/aws/pages.ts
var pages = __webpack_require__(701);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-account/dist-cjs/index.js
var client_account_dist_cjs = __webpack_require__(2990);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var client_ssm_dist_cjs = __webpack_require__(4736);
;// CONCATENATED MODULE: ./src/aws/service-regions.ts
// Where a regional control reads: the regions that offer the service, among those the account has enabled.
//
// The source with the fewest permissions and calls: AWS's public SSM parameters of its global
// infrastructure name the regions of each service (ssm:GetParametersByPath, 10 a page: 4 calls,
// once per run, for every account alike), and account:ListRegions names the regions enabled for one
// account (one call per account). ec2:DescribeRegions would need the same one permission and call,
// but the EC2 client is several megabytes; an opt-in region that is not enabled refuses every call,
// so it cannot be learnt by calling Cognito either.





const COGNITO_REGIONS_PATH = '/aws/service/global-infrastructure/services/cognito-idp/regions';
const SSM_PAGE_SIZE = 10;
function createSsmClient(options) {
    const client = new client_ssm_dist_cjs/* SSMClient */.jBj((0,clients/* clientSettings */.ry)(options));
    (0,clients/* reportRetries */.HS)(client.middlewareStack, options.onRetry);
    return client;
}
function createAccountClient(options) {
    const client = new client_account_dist_cjs/* AccountClient */.pt((0,clients/* clientSettings */.ry)(options));
    (0,clients/* reportRetries */.HS)(client.middlewareStack, options.onRetry);
    return client;
}
/** The regions whose public parameters say the service is offered there, sorted. */
async function readServiceRegions(ssm, path) {
    const parameters = await (0,pages/* collectPages */.VV)('ssm:GetParametersByPath', (0,client_ssm_dist_cjs/* paginateGetParametersByPath */.kU5)({ client: ssm, pageSize: SSM_PAGE_SIZE }, { Path: path }), (page) => page.Parameters, pages/* NEXT_TOKEN_PAGES */.BI);
    return regionsOfParameters(parameters);
}
/**
 * The regions the public parameters name: each parameter's value, or the last part of its name
 * (`\u2026/regions/eu-west-1`). One that names neither is malformed: a region dropped in silence would
 * never be read, so the listing decides nothing and Cognito.5 is ERROR.
 */
function regionsOfParameters(parameters) {
    return parameters
        .map((parameter) => {
        const region = parameter.Value || parameter.Name?.split('/').pop();
        if (!region)
            throw new call_failure/* EvidenceError */.oe('MalformedResponse', 'GetParametersByPath listed a parameter with neither a value nor a name');
        return region;
    })
        .sort();
}
/** The regions enabled for the caller's account (opt-in regions only once opted in). */
async function readEnabledRegions(account) {
    const regions = await (0,pages/* collectPages */.VV)('account:ListRegions', (0,client_account_dist_cjs/* paginateListRegions */.$P)({ client: account, pageSize: 50 }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] }), (page) => page.Regions, pages/* NEXT_TOKEN_PAGES */.BI);
    return regions.flatMap((region) => region.RegionName &&
        (region.RegionOptStatus === 'ENABLED' || region.RegionOptStatus === 'ENABLED_BY_DEFAULT')
        ? [region.RegionName]
        : []);
}

;// CONCATENATED MODULE: ./src/aws/user-pools.ts
// Cognito.5's evidence: every user pool of one account in each region read. Loaded with import()
// only when Cognito.5 is selected, so the default run never loads the Cognito SDK.






/** ListUserPools' largest page. */
const POOL_PAGE_SIZE = 60;
/**
 * Cognito's request quotas are per account and region, and its read categories allow 5 to 15
 * requests a second: 3 pools described at once in a region stays under them with the SDK's retries
 * to spare. Regions have quotas of their own, so several are read at once.
 */
const POOLS_PER_REGION = 3;
const REGIONS_PER_ACCOUNT = 6;
/** Reads the pools of every region, a few regions at a time; a region's failure stays in it. */
async function readUserPools(account, regions, deps) {
    const limit = (0,p_limit/* default */.A)(REGIONS_PER_ACCOUNT);
    // Once a call is denied in this account, it is denied in every region: it is not sent again.
    const denied = new Map();
    return Promise.all(regions.map((region) => limit(() => readRegion(account, region, denied, deps))));
}
async function readRegion(account, region, denied, deps) {
    const client = new dist_cjs/* CognitoIdentityProviderClient */.kTg((0,clients/* clientSettings */.ry)({ ...deps.client, region }));
    (0,clients/* reportRetries */.HS)(client.middlewareStack, deps.client.onRetry);
    try {
        const listed = await (0,call_failure/* read */.LF)('cognito-idp:ListUserPools', () => (0,pages/* collectPages */.VV)('cognito-idp:ListUserPools', (0,dist_cjs/* paginateListUserPools */.qzq)({ client, pageSize: POOL_PAGE_SIZE }, { MaxResults: POOL_PAGE_SIZE }), (page) => page.UserPools, pages/* NEXT_TOKEN_PAGES */.BI), deps.limit);
        if (!listed.ok)
            return { region, pools: listed };
        const limit = (0,p_limit/* default */.A)(POOLS_PER_REGION);
        const pools = await Promise.all(listed.value.map((listedPool) => limit(async () => {
            const id = listedPool.Id ?? '';
            const described = await describePool(client, id, denied, deps.limit);
            return {
                id,
                name: listedPool.Name ?? id,
                arn: described.arn ?? poolArn(account, region, id),
                region,
                facts: described.facts,
            };
        })));
        return { region, pools: { ok: true, value: pools } };
    }
    finally {
        if (!deps.client.agents)
            client.destroy();
    }
}
function poolArn(account, region, id) {
    return `arn:${account.partition}:cognito-idp:${region}:${account.accountId}:userpool/${id}`;
}
/**
 * DescribeUserPool decides (MfaConfiguration, first factors, users); GetUserPoolMfaConfig only adds
 * which second factors are on, so where it cannot be read the verdict stands and the evidence says so.
 */
async function describePool(client, id, denied, limit) {
    const [described, mfa] = await Promise.all([
        guarded('cognito-idp:DescribeUserPool', denied, limit, async () => {
            const out = await client.send(new dist_cjs/* DescribeUserPoolCommand */.eDk({ UserPoolId: id }));
            return out.UserPool;
        }),
        guarded('cognito-idp:GetUserPoolMfaConfig', denied, limit, () => client.send(new dist_cjs/* GetUserPoolMfaConfigCommand */.Jdy({ UserPoolId: id }))),
    ]);
    if (!described.ok)
        return { facts: described };
    const pool = described.value;
    // An answer without the pool says nothing about its MFA: not judged, never taken for OFF.
    if (!pool)
        return {
            facts: {
                ok: false,
                failure: {
                    call: 'cognito-idp:DescribeUserPool',
                    code: 'MalformedResponse',
                    message: 'the answer held no UserPool',
                },
            },
        };
    const secondFactors = mfa.ok
        ? [
            ...(mfa.value.SmsMfaConfiguration ? ['SMS'] : []),
            ...(mfa.value.SoftwareTokenMfaConfiguration?.Enabled ? ['SOFTWARE_TOKEN'] : []),
            ...(mfa.value.EmailMfaConfiguration ? ['EMAIL'] : []),
        ]
        : undefined;
    return {
        arn: pool.Arn,
        facts: {
            ok: true,
            value: {
                mfaConfiguration: pool.MfaConfiguration,
                secondFactors: secondFactors ?? [],
                ...(mfa.ok ? {} : { secondFactorsUnread: mfa.failure }),
                firstFactors: [...(pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [])],
                estimatedUsers: pool.EstimatedNumberOfUsers,
            },
        },
    };
}
async function guarded(call, denied, limit, fn) {
    const known = denied.get(call);
    if (known)
        return { ok: false, failure: known };
    const result = await (0,call_failure/* read */.LF)(call, fn, limit);
    if (!result.ok && (0,call_failure/* isAccessDenied */.w7)(result.failure))
        denied.set(call, result.failure);
    return result;
}


/***/ })

};
