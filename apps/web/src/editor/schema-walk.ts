import type { PathSegment } from './yaml-path';

/**
 * The parts of a JSON Schema (draft 2020-12, as GET /api/scenarios/schema publishes it) the
 * editor reads: object properties, list items, alternatives, values and descriptions. The
 * scenario schema is self-contained (no `$ref`), so nothing has to be resolved.
 */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
}

/** The node and its alternatives (`anyOf`/`oneOf`), flattened: each one a possible shape. */
export function alternatives(node: JsonSchema | undefined): JsonSchema[] {
  if (!node) return [];
  const choices = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  if (!choices.length) return [node];
  // The node's own description covers all its alternatives.
  return choices.flatMap((choice) =>
    alternatives(
      choice.description || !node.description ? choice : { ...choice, description: node.description },
    ),
  );
}

function combine(nodes: JsonSchema[]): JsonSchema | undefined {
  if (nodes.length <= 1) return nodes[0];
  return { anyOf: nodes };
}

/** The schema of what is at `path` below `root`, across alternatives; undefined when unknown. */
export function schemaAt(root: JsonSchema, path: readonly PathSegment[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const segment of path) {
    const shapes = alternatives(node);
    node = combine(
      shapes.flatMap((shape) => {
        if (typeof segment === 'number') return shape.items ? [shape.items] : [];
        const property = shape.properties?.[segment];
        return property ? [property] : [];
      }),
    );
    if (!node) return undefined;
  }
  return node;
}

export interface PropertyInfo {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** The keys a mapping at this node may have, in the schema's order; required ones first. */
export function propertiesOf(node: JsonSchema | undefined): PropertyInfo[] {
  const found = new Map<string, PropertyInfo>();
  for (const shape of alternatives(node)) {
    for (const [name, schema] of Object.entries(shape.properties ?? {})) {
      const required = shape.required?.includes(name) ?? false;
      const known = found.get(name);
      if (known) known.required &&= required;
      else found.set(name, { name, schema, required });
    }
  }
  return [...found.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** Whether this node is (or may be) a mapping with known keys. */
export function isMapping(node: JsonSchema | undefined): boolean {
  return alternatives(node).some((shape) => typeOf(shape).includes('object') || !!shape.properties);
}

/** The scalar values the schema itself names: enum members, constants, true/false. */
export function valuesOf(node: JsonSchema | undefined): string[] {
  const values = new Set<string>();
  for (const shape of alternatives(node)) {
    for (const value of shape.enum ?? []) values.add(scalar(value));
    if (shape.const !== undefined) values.add(scalar(shape.const));
    if (typeOf(shape).includes('boolean')) {
      values.add('true');
      values.add('false');
    }
  }
  return [...values];
}

/** A value as YAML writes it plainly: strings bare, anything else as JSON (also valid YAML). */
function scalar(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function typeOf(shape: JsonSchema): string[] {
  if (Array.isArray(shape.type)) return shape.type;
  if (shape.type) return [shape.type];
  if (shape.properties) return ['object'];
  if (shape.items) return ['array'];
  return [];
}

/** The kinds of value a node takes, e.g. `string`, `object`, `array of object`, `"all" | array`. */
export function typeLabel(node: JsonSchema | undefined): string {
  const labels = new Set<string>();
  for (const shape of alternatives(node)) {
    if (shape.const !== undefined) labels.add(JSON.stringify(shape.const));
    else if (shape.enum) labels.add(shape.enum.map((v) => JSON.stringify(v)).join(' | '));
    else
      for (const type of typeOf(shape))
        labels.add(
          type === 'array' && shape.items ? `array of ${typeOf(shape.items).join('/') || 'any'}` : type,
        );
  }
  return [...labels].join(' | ');
}

/** The first description along the alternatives. */
export function descriptionOf(node: JsonSchema | undefined): string | undefined {
  return alternatives(node).find((shape) => shape.description)?.description;
}

/**
 * The list a reference points into, read from the schema's own words ("The id of a role declared
 * in this scenario"): its ids are offered as values.
 */
const DECLARED_IN: Record<string, string> = {
  role: 'roles',
  channel: 'channels',
  phase: 'phases',
  inject: 'injects',
  'decision point': 'decisionPoints',
  clock: 'clocks',
  objective: 'objectives',
};

export function referencedList(node: JsonSchema | undefined): string | undefined {
  const description = alternatives(node)
    .map((shape) => (typeOf(shape).includes('array') ? shape.items : shape))
    .map((shape) => shape?.description ?? '')
    .find((text) => /declared in this scenario/.test(text));
  const kind = description && /^The id of an? (.+?) declared in this scenario/.exec(description)?.[1];
  return kind ? DECLARED_IN[kind] : undefined;
}
