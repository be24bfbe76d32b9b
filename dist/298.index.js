export const id = 298;
export const ids = [298];
export const modules = {

/***/ 3298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DiscoveryError: () => (/* binding */ DiscoveryError),
/* harmony export */   ancestorsOf: () => (/* binding */ ancestorsOf),
/* harmony export */   createOrganizationsClient: () => (/* binding */ createOrganizationsClient),
/* harmony export */   describeOrganizationAccount: () => (/* binding */ describeOrganizationAccount),
/* harmony export */   discoverAccounts: () => (/* binding */ discoverAccounts),
/* harmony export */   organizationLookups: () => (/* binding */ organizationLookups)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2503);
/* harmony import */ var p_limit__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(370);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9541);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5993);
/* harmony import */ var _call_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7770);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(701);






const WALK_CONCURRENCY = 4;
/** Discovery could not be done: no account can be chosen, so the run fails with the fix. */
class DiscoveryError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .l {
    constructor(message) {
        super(message);
        this.name = 'DiscoveryError';
    }
}
/** Organizations is global (loaded only where Organizations is asked); the SDK picks the partition's endpoint from the region. */
function createOrganizationsClient(options) {
    const client = new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .OrganizationsClient */ .gnq((0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .clientSettings */ .ry)(options));
    (0,_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .reportRetries */ .HS)(client.middlewareStack, options.onRetry);
    return client;
}
/**
 * The accounts of the whole Organization and/or under the given roots and OUs (at any depth),
 * each once. Needs the management account or a delegated administrator. `onFound` hears of each
 * account the first time a page names it, while the listing goes on.
 */
async function discoverAccounts(organizations, scope, limit, onFound = () => undefined) {
    const found = new Map();
    const add = (accounts = []) => {
        const fresh = [];
        for (const account of accounts) {
            if (!account.Id || found.has(account.Id))
                continue;
            const known = {
                accountId: account.Id,
                name: account.Name,
                state: account.State ?? account.Status,
            };
            found.set(account.Id, known);
            fresh.push(known);
        }
        if (fresh.length > 0)
            onFound(fresh);
    };
    const walk = (0,p_limit__WEBPACK_IMPORTED_MODULE_5__/* ["default"] */ .A)(WALK_CONCURRENCY);
    const visit = async (parentId) => {
        const [, children] = await Promise.all([
            walk(() => listing('organizations:ListAccountsForParent', (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .paginateListAccountsForParent */ .Hcl)({ client: organizations }, { ParentId: parentId }), (page) => page.Accounts, add)),
            walk(() => listing('organizations:ListChildren', (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .paginateListChildren */ .XO2)({ client: organizations }, { ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT' }), (page) => page.Children)),
        ]);
        await Promise.all(children.flatMap((child) => (child.Id ? [visit(child.Id)] : [])));
    };
    try {
        await limit.race(Promise.all([
            scope.organization
                ? listing('organizations:ListAccounts', (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .paginateListAccounts */ .A53)({ client: organizations, pageSize: 20 }, {}), (page) => page.Accounts, add)
                : undefined,
            ...scope.parents.map(visit),
        ]), 'Organizations discovery');
    }
    catch (error) {
        throw new DiscoveryError(discoveryMessage(error));
    }
    return [...found.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}
/** Every item of one Organizations listing; a failure carries the call that failed. */
async function listing(call, pages, itemsOf, onItems) {
    try {
        return await (0,_pages_js__WEBPACK_IMPORTED_MODULE_3__/* .collectPages */ .VV)(call, pages, itemsOf, _pages_js__WEBPACK_IMPORTED_MODULE_3__/* .NEXT_TOKEN_PAGES */ .BI, onItems);
    }
    catch (error) {
        throw new _call_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .CallError */ .RA(call, error);
    }
}
function discoveryMessage(thrown) {
    const failure = (0,_call_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)('Organizations discovery', thrown);
    const error = thrown instanceof _call_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .CallError */ .RA ? thrown.cause : thrown;
    const prefix = `Could not list the Organization's accounts (${failure.call} failed with ${failure.code}: ${failure.message}).`;
    if (error instanceof _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .ParentNotFoundException */ .tRV) {
        return `${prefix} Check the OU and root ids in the accounts input (aws organizations list-roots; aws organizations list-organizational-units-for-parent --parent-id <id>).`;
    }
    if (error instanceof _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .AccessDeniedException */ .XNr ||
        error instanceof _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .AWSOrganizationsNotInUseException */ ._mJ ||
        failure.code === 'AccessDenied') {
        return (`${prefix} Discovery needs the first session in the Organization's management account or a delegated ` +
            'administrator, with organizations:ListAccounts, organizations:ListAccountsForParent and ' +
            'organizations:ListChildren. Run from there (deploy/ has the hub role), or list the account ids in the accounts input.');
    }
    return `${prefix} Run again; if it persists, list the account ids in the accounts input.`;
}
/**
 * One account as Organizations knows it (organizations:DescribeAccount); undefined where the
 * Organization has no such account. A failure is a DiscoveryError naming the call and the fix.
 */
async function describeOrganizationAccount(organizations, accountId, limit) {
    try {
        const out = await limit.race(organizations.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .DescribeAccountCommand */ .QBU({ AccountId: accountId })), 'organizations:DescribeAccount');
        const account = out.Account;
        return {
            accountId,
            ...(account?.Name ? { name: account.Name } : {}),
            state: account?.State ?? account?.Status,
        };
    }
    catch (error) {
        if (error instanceof _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .AccountNotFoundException */ .KcI)
            return undefined;
        throw new DiscoveryError(membershipMessage('organizations:DescribeAccount', error));
    }
}
/** How many levels of OUs Organizations allows under the root (5), with room to spare. */
const MAX_DEPTH = 8;
/**
 * The OUs and root above an account, nearest first, read with organizations:ListParents up to the
 * root or to the first that `enough` accepts: a call per level, never a listing of the Organization.
 */
async function ancestorsOf(organizations, accountId, limit, enough = () => false) {
    const ancestors = [];
    let child = accountId;
    try {
        for (let depth = 0; depth < MAX_DEPTH; depth++) {
            const parents = await limit.race(listing('organizations:ListParents', (0,_aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_4__/* .paginateListParents */ .Pr4)({ client: organizations }, { ChildId: child }), (page) => page.Parents), 'organizations:ListParents');
            const parent = parents[0];
            if (!parent?.Id)
                break;
            ancestors.push(parent.Id);
            if (parent.Type === 'ROOT' || enough(parent.Id))
                break;
            child = parent.Id;
        }
    }
    catch (error) {
        throw new DiscoveryError(membershipMessage('organizations:ListParents', error));
    }
    return ancestors;
}
function membershipMessage(call, thrown) {
    const failure = (0,_call_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeFailure */ .Ic)(call, thrown);
    const prefix = `Could not check the changed account's place in the Organization (${failure.call} failed with ${failure.code}: ${failure.message}).`;
    if (failure.code === 'AccessDeniedException' ||
        failure.code === 'AccessDenied' ||
        failure.code === 'AWSOrganizationsNotInUseException') {
        return `${prefix} The check needs the first session in the management account or a delegated administrator, with organizations:DescribeAccount and organizations:ListParents (deploy/ has the hub role).`;
    }
    return `${prefix} Run again; the daily run audits the account in any case.`;
}
/** The two membership lookups, bound to one client and time limit. */
function organizationLookups(organizations, limit) {
    return {
        describeAccount: (id) => describeOrganizationAccount(organizations, id, limit),
        ancestorsOf: (id, enough) => ancestorsOf(organizations, id, limit, enough),
    };
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

/***/ 370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ pLimit)
});

// UNUSED EXPORTS: limitFunction

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}


/***/ })

};
