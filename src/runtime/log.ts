/** Where the audit writes its log lines: @actions/core at the edge, a list in tests. */
export interface RunLog {
  info: (message: string) => void;
  debug: (message: string) => void;
  warning: (message: string) => void;
}
