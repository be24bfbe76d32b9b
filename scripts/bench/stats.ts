// The figures every bench section reports: medians and spreads of runs, and a run's peak RSS.

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;

export const spread = (xs: number[]): string =>
  `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

/** Prints the process's peak resident memory (KiB) on stderr when it exits: a Node argument. */
export const RSS_HOOK = `--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

/** The peak RSS, in MB, that RSS_HOOK printed on a run's stderr. */
export const peakRssMb = (stderr: string): number =>
  Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;

/** Prints the process's CPU time (user + system, ms) on stderr when it exits: a Node argument. */
export const CPU_HOOK = `--import=data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('cpums='+Math.round((u.user+u.system)/1000)+'\\n')})`;

/** The CPU time, in ms, that CPU_HOOK printed on a run's stderr. */
export const cpuMs = (stderr: string): number => Number(/cpums=(\d+)/.exec(stderr)?.[1] ?? 0);
