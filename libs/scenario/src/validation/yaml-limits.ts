/**
 * How much YAML the validation reads before it refuses a document, so that the time and memory it
 * takes stay proportional to what it is willing to read. A real scenario is far inside these: the
 * largest shipped one (113 kB) has about 3,300 nodes and nests 6 deep.
 */
export interface YamlLimits {
  /** Nodes (scalars, mappings, sequences, aliases; a key counts as a scalar), aliases expanded. */
  nodes: number;
  /** Mappings and sequences inside each other. */
  depth: number;
  /** Alias nodes (`*name`). */
  aliases: number;
  /** Errors and warnings reported each; the rest are counted. */
  findings: number;
}

export const YAML_LIMITS: Readonly<YamlLimits> = Object.freeze({
  nodes: 50_000,
  depth: 32,
  aliases: 100,
  findings: 100,
});
