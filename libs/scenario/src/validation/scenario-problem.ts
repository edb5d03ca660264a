/** One finding about a scenario file, pointing at the exact spot in the YAML source. */
export interface ScenarioProblem {
  severity: 'error' | 'warning';
  /** Stable kind of problem, e.g. `unknown-reference`, for tests and tooling. */
  code: string;
  /** Field path, e.g. `injects[3].audience[0]`. */
  path: string;
  /** 1-based line and column in the YAML source. */
  line: number;
  column: number;
  message: string;
}

/** A semantic finding before it is located in the source: the path is still a list of keys. */
export interface Finding {
  severity: 'error' | 'warning';
  code: string;
  path: (string | number)[];
  message: string;
}
