import type { Partition } from '../model.js';

// The SDK's own partition patterns (partitions.json), for the partitions this action supports.
const PARTITION_PATTERNS: Array<[Partition, RegExp]> = [
  ['aws-us-gov', /^us-gov-[a-z]+-\d+$/],
  ['aws-cn', /^cn-[a-z]+-\d+$/],
  ['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/],
];

export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITION_PATTERNS.find(([, pattern]) => pattern.test(region))?.[0];
}

const ARN = /^arn:(aws|aws-cn|aws-us-gov):(?:iam|sts)::(\d{12}):/;

/** Account and partition of a principal ARN (`arn:aws:sts::123456789012:assumed-role/r/s`). */
export function parsePrincipalArn(arn: string): { partition: Partition; accountId: string } {
  const match = ARN.exec(arn);
  if (!match) throw new Error(`unexpected principal ARN from STS: ${arn}`);
  return { partition: match[1] as Partition, accountId: match[2] as string };
}
