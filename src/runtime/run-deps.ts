/** What a run takes from its surroundings, passed in so that tests can set each one. */
export interface RunDeps {
  env: NodeJS.ProcessEnv;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}
