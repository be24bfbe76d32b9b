#!/usr/bin/env bash
# The mutation check of issue 27: ten small wrong changes to src/, each applied alone; the unit
# tests (dist/ is not rebuilt, so the end-to-end tests cannot see them) must fail for every one.
# Prints the tests that caught each; exits 1 when a mutation survives or no longer applies (the
# code it changes has moved: update its pattern here). src/ is restored after each, and on exit.
#   bash scripts/mutation-check.sh            all ten
#   bash scripts/mutation-check.sh cut-secret one of them
set -uo pipefail
cd "$(dirname "$0")/.."
# The Node of node_modules (24) first, as npm scripts have it.
export PATH="$PWD/node_modules/.bin:$PATH"
if [ -n "$(git status --porcelain -- src)" ]; then
  echo "src/ has uncommitted changes: commit or stash them first (this script restores src/ with git checkout)." >&2
  exit 2
fi
trap 'git checkout -q -- src' EXIT
mkdir -p .tmp

# name|file|perl substitution (applied to the whole file)
MUTATIONS=(
  'root-arn|src/aws/snapshot.ts|s/device\.userArn === root\)/device.userArn?.includes("root"))/'
  'virtual-device|src/controls/iam6.ts|s/if \(devices\.value\.length > 0\) \{/if (devices.value.length > 0 \&\& accountMfaEnabled === undefined) {/'
  'login-profile-denied|src/aws/snapshot.ts|s/if \(error instanceof NoSuchEntityException\) return false;\n\s*throw error;/void NoSuchEntityException;\n      void error;\n      return false;/'
  'access-denied-permission|src/aws/call-failure.ts|s/failure\.missingPermission = call;/failure.missingPermission = undefined;/'
  'page-without-marker|src/aws/pages.ts|s/if \(shape\.claimsMore\(page\) && !token\)/if (shape.claimsMore(page) \&\& !token \&\& false)/'
  'exception-last-day|src/scheduled/exceptions.ts|s/entry\.expires < today/entry.expires <= today/; s/entry\.expires >= today/entry.expires > today/'
  'cut-secret|src/runtime/redact.ts|s/if \(end - start >= MIN_PIECE && end > best\)/if (end - start >= secret.length \&\& end > best)/'
  'fail-on-threshold|src/outcome/outcome.ts|s/SEVERITY_RANK\[finding\.severity\] >= SEVERITY_RANK\[failOn\]/SEVERITY_RANK[finding.severity] > SEVERITY_RANK[failOn]/'
  'accounts-failed-threshold|src/outcome/outcome.ts|s/SEVERITY_RANK\[f\.severity\] >= SEVERITY_RANK\[failOn\]/SEVERITY_RANK[f.severity] > SEVERITY_RANK[failOn]/'
  'iam4-silent-under-fault|src/controls/iam4.ts|s/if \(!summary\.ok\) return \[errorFinding\(info, snapshot, summary\.failure\)\];/if (!summary.ok) return [];/'
)

status=0
for entry in "${MUTATIONS[@]}"; do
  IFS='|' read -r name file change <<<"$entry"
  if [ "$#" -gt 0 ] && [ "$1" != "$name" ]; then continue; fi
  git checkout -q -- src
  perl -0pi -e "$change" "$file"
  if git diff --quiet -- src; then
    echo "== $name: NOT APPLIED ($file no longer has the code it changes)"
    status=1
    continue
  fi
  node --experimental-vm-modules --no-warnings=ExperimentalWarning node_modules/jest/bin/jest.js \
    --testPathIgnorePatterns e2e --testPathIgnorePatterns preview \
    --json --outputFile=".tmp/mutation-$name.json" >/dev/null 2>&1
  node -e '
    const [name, file] = process.argv.slice(1);
    const r = require(file);
    const failing = r.testResults.flatMap((f) => [
      ...f.assertionResults.filter((a) => a.status === "failed")
        .map((a) => `${f.name.replace(/.*__tests__\//, "")} › ${a.fullName}`),
      ...(f.status === "failed" && f.assertionResults.length === 0 ? [`${f.name} (suite failed)`] : []),
    ]);
    console.log(`== ${name}: ${failing.length ? `caught by ${failing.length}` : "SURVIVED"}`);
    for (const test of failing) console.log(`   ${test}`);
    process.exit(failing.length ? 0 : 1);
  ' "$name" "$PWD/.tmp/mutation-$name.json" || status=1
done
exit $status
