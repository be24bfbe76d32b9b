import type { Partition } from '../model.js';

const ARN = /^arn:(aws|aws-cn|aws-us-gov):(?:iam|sts)::(\d{12}):/;

/** Account and partition of a principal ARN (`arn:aws:sts::123456789012:assumed-role/r/s`). */
export function parsePrincipalArn(arn: string): { partition: Partition; accountId: string } {
  const match = ARN.exec(arn);
  if (!match) throw new Error(`unexpected principal ARN from STS: ${arn}`);
  return { partition: match[1] as Partition, accountId: match[2] as string };
}
