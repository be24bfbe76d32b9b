// `npm run fake-aws`: the local fake of IAM and STS, serving the demo account until Ctrl-C, for a
// local run of the action (`npx @github/local-action . src/main.ts .env`) with no AWS account.
// It prints the lines to put in .env: the endpoint and the credentials the fake accepts.
import { demoAccount } from '../__tests__/fake-aws/account.js';
import { startFakeAws } from '../__tests__/fake-aws/server.js';

const fake = await startFakeAws(demoAccount());
console.log(`# The fake AWS serves the demo account at ${fake.url}. Put these lines in .env:`);
console.log(`AWS_ENDPOINT_URL=${fake.url}`);
console.log(`AWS_ACCESS_KEY_ID=${fake.ambient.accessKeyId}`);
console.log(`AWS_SECRET_ACCESS_KEY=${fake.ambient.secretAccessKey}`);
console.log(`AWS_SESSION_TOKEN=${fake.ambient.sessionToken}`);
console.log('# (and no AWS_PROFILE). Ctrl-C stops the fake.');
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
