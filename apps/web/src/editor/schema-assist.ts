import type { Completion, CompletionSource } from '@codemirror/autocomplete';
import type { Extension, Text } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import {
  alternatives,
  descriptionOf,
  isMapping,
  propertiesOf,
  referencedList,
  schemaAt,
  typeLabel,
  valuesOf,
  type JsonSchema,
  type PropertyInfo,
} from './schema-walk';
import { cursorContext, formatPath, outline, pathAt, type PathSegment } from './yaml-path';

/** The words the editor's own pop-ups use, in the person's language (editor.assist.*). */
export interface AssistLabels {
  required: string;
  values: string;
}

/** What the schema says about the field at a place: for the hover and the help under the editor. */
export interface FieldHelp {
  path: string;
  type: string;
  description?: string;
  values: string[];
  required: boolean;
}

const samePath = (a: readonly PathSegment[], b: readonly PathSegment[]) =>
  a.length === b.length && a.every((segment, i) => segment === b[i]);

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** The ids declared in one of the scenario's top-level lists, as the text has them now. */
function declaredIds(lines: readonly string[], list: string): string[] {
  return outline(lines)
    .entries.filter(
      (e) =>
        e.key === 'id' && e.parent.length === 2 && e.parent[0] === list && typeof e.parent[1] === 'number',
    )
    .map((e) => unquote(e.value))
    .filter(Boolean);
}

function isRequired(schema: JsonSchema, path: readonly PathSegment[]): boolean {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return false;
  const parent = schemaAt(schema, path.slice(0, -1));
  return propertiesOf(parent).some((p) => p.name === key && p.required);
}

export function fieldHelp(schema: JsonSchema, lines: readonly string[], line: number, column: number) {
  const at = pathAt(lines, line, column);
  const node = schemaAt(schema, at.path);
  if (!node || !at.path.length) return null;
  const help: FieldHelp = {
    path: formatPath(at.path),
    type: typeLabel(node),
    description: descriptionOf(node),
    values: valuesOf(node),
    required: isRequired(schema, at.path),
  };
  return { ...at, help };
}

/** What choosing a key inserts: `key: ` for a value, a new indented line for a mapping or list. */
function insertion(property: PropertyInfo, column: number): string {
  const shapes = alternatives(property.schema);
  const scalarToo = shapes.some((s) => !isMapping(s) && !(s.type === 'array' || s.items));
  const indent = ' '.repeat(column + 2);
  if (scalarToo) return `${property.name}: `;
  if (shapes.some((s) => s.type === 'array' || s.items)) return `${property.name}:\n${indent}- `;
  return `${property.name}:\n${indent}`;
}

function englishNode(text: string): Node {
  const element = document.createElement('p');
  element.lang = 'en';
  element.className = 'dh-editor-info';
  element.textContent = text;
  return element;
}

function valueOptions(node: JsonSchema | undefined, lines: readonly string[]): Completion[] {
  const options: Completion[] = valuesOf(node).map((value) => ({ label: value, type: 'enum' }));
  const list = referencedList(node);
  if (list)
    for (const id of declaredIds(lines, list))
      options.push({ label: id, type: 'variable', detail: formatPath([list]) });
  return options;
}

/**
 * Completion from the published JSON Schema: at a key, the keys the mapping there may have (not
 * those it has), with their type and description; at a value, the values the schema names
 * (enum members, constants) and, for a reference, the ids the scenario declares in that list.
 */
export function schemaCompletion(
  schema: () => JsonSchema | undefined,
  labels: () => AssistLabels,
): CompletionSource {
  return (context) => {
    const root = schema();
    if (!root) return null;
    const line = context.state.doc.lineAt(context.pos);
    const lines = context.state.doc.toJSON();
    const cursor = cursorContext(lines, line.number - 1, context.pos - line.from);
    if (cursor.kind === 'none' || (!cursor.typed && !context.explicit)) return null;
    const node = schemaAt(root, cursor.path);
    let options: Completion[];
    if (cursor.kind === 'entry' && isMapping(node)) {
      const present = new Set(
        outline(lines)
          .entries.filter((e) => e.line !== line.number - 1 && samePath(e.parent, cursor.path))
          .map((e) => e.key),
      );
      options = propertiesOf(node)
        .filter((p) => !present.has(p.name))
        .map((p) => {
          const description = descriptionOf(p.schema);
          return {
            label: p.name,
            type: 'property',
            detail: [typeLabel(p.schema), p.required ? labels().required : ''].filter(Boolean).join(' · '),
            info: description ? () => englishNode(description) : undefined,
            apply: insertion(p, cursor.column),
            boost: p.required ? 1 : 0,
          };
        });
    } else {
      options = valueOptions(node, lines);
    }
    if (!options.length) return null;
    return { from: line.from + cursor.from, options, validFor: /^[A-Za-z0-9_$-]*$/ };
  };
}

/** The field help as DOM, text only: the schema is the server's, its words are never HTML. */
export function fieldHelpNode(help: FieldHelp, labels: AssistLabels): HTMLElement {
  const box = document.createElement('div');
  box.className = 'dh-editor-hover';
  const title = document.createElement('p');
  const code = document.createElement('code');
  code.textContent = help.path;
  title.append(code, ` — ${help.type}${help.required ? ` · ${labels.required}` : ''}`);
  box.append(title);
  if (help.description) box.append(englishNode(help.description));
  if (help.values.length) {
    const values = document.createElement('p');
    values.textContent = `${labels.values}: ${help.values.join(', ')}`;
    box.append(values);
  }
  return box;
}

/** Hovering a key shows what the schema says about it. */
export function schemaHover(schema: () => JsonSchema | undefined, labels: () => AssistLabels): Extension {
  return hoverTooltip((view, pos) => {
    const root = schema();
    if (!root) return null;
    const doc: Text = view.state.doc;
    const line = doc.lineAt(pos);
    const found = fieldHelp(root, doc.toJSON(), line.number - 1, pos - line.from);
    if (!found?.onKey) return null;
    return {
      pos: line.from + found.from,
      end: line.from + found.to,
      above: true,
      create: () => ({ dom: fieldHelpNode(found.help, labels()) }),
    };
  });
}
