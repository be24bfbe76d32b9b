/** Where the run writes its log lines: @actions/core at the edge (modes/actions-log.ts), a list in tests. */
export interface RunLog {
  info: (message: string) => void;
  debug: (message: string) => void;
  warning: (message: string) => void;
}
