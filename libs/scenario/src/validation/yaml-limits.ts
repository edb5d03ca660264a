/**
 * How much YAML the validation reads before it refuses a document, so that the time and memory it
 * takes stay proportional to what it is willing to read. A real scenario is far inside these: the
 * largest shipped one (118 kB) has about 3,300 nodes and 6,300 tokens, and nests 6 deep.
 */
export interface YamlLimits {
  /** Nodes (scalars, mappings, sequences, aliases; a key counts as a scalar), aliases expanded. */
  nodes: number;
  /**
   * Tokens of the YAML syntax but spaces: scalars, indicators (`:`, `-`, `,`, `[` …), line breaks,
   * comments. A scenario has about 55 per kB, so a 1 MB one about 60,000; a document of nothing but
   * indicators or line breaks has a million, and the `yaml` parser takes seconds over them.
   */
  tokens: number;
  /** Mappings and sequences inside each other. */
  depth: number;
  /**
   * Alias nodes (`*name`). Resolving one searches the anchors before it, so their number is what
   * bounds that work; what they expand to is bounded by `nodes`.
   */
  aliases: number;
  /** Errors and warnings reported each; the rest are counted. */
  findings: number;
}

export const YAML_LIMITS: Readonly<YamlLimits> = Object.freeze({
  nodes: 50_000,
  tokens: 150_000,
  depth: 32,
  aliases: 1000,
  findings: 100,
});
