import type { Partition } from '../model.js';

// The SDK's own partition patterns (partitions.json), for the partitions this action supports.
const PARTITION_PATTERNS: Array<[Partition, RegExp]> = [
  ['aws-us-gov', /^us-gov-[a-z]+-\d+$/],
  ['aws-cn', /^cn-[a-z]+-\d+$/],
  ['aws', /^(us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d+$/],
];

/** The partition of `aws-region` (`us-gov-west-1` → `aws-us-gov`); undefined for no known region. */
export function partitionOfRegion(region: string): Partition | undefined {
  return PARTITION_PATTERNS.find(([, pattern]) => pattern.test(region))?.[0];
}
