import { autocompletion } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { diagnostics, findingOffset, type Finding } from './findings';
import { fieldHelp, schemaCompletion, schemaHover, type AssistLabels, type FieldHelp } from './schema-assist';
import type { JsonSchema } from './schema-walk';

export interface CodeEditorHandle {
  /** Puts the cursor at a 1-based line and column and the focus in the editor. */
  focusAt(line: number, column: number): void;
  /** Shows these findings in the text (underlined, in the gutter, on hover). */
  showFindings(findings: readonly Finding[]): void;
  /** Replaces the whole text (a template or another scenario to start from); undoable. */
  replaceText(text: string): void;
  text(): string;
}

interface Props {
  initialText: string;
  /** Ids of the visible label and of the keyboard help: the editor's accessible name and description. */
  labelledBy: string;
  describedBy: string;
  schema: JsonSchema | undefined;
  labels: AssistLabels;
  onChange(text: string): void;
  /** What the schema says about the field at the cursor, as it moves. */
  onCursor(help: FieldHelp | null): void;
  ref?: Ref<CodeEditorHandle>;
}

/**
 * The nonce the server put in this page (apps/api/src/http/web-console.ts): CodeMirror writes its
 * styles into a <style> element, which the console's policy admits only with it.
 */
function pageNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || undefined;
}

/** Colours from the console's theme, each at least 4.5:1 on the editor's white. */
const highlight = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: '#154273', fontWeight: '600' },
  { tag: tags.string, color: '#1e6b34' },
  { tag: tags.lineComment, color: '#4d4d4d', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.labelName], color: '#7a4b00' },
  { tag: [tags.meta, tags.keyword], color: '#4d4d4d' },
  { tag: tags.special(tags.string), color: '#7a4b00' },
]);

const theme = EditorView.theme({
  '&': {
    border: '1px solid #767676',
    borderRadius: '4px',
    backgroundColor: '#fff',
    color: '#1a1a1a',
    fontSize: '0.95rem',
  },
  '&.cm-focused': { outline: '3px solid #1a1a1a', outlineOffset: '2px' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
    lineHeight: '1.5',
    minHeight: '20rem',
    maxHeight: '70vh',
  },
  '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#4d4d4d', borderInlineEnd: '1px solid #767676' },
  '.cm-activeLine': { backgroundColor: '#e8eef5' },
  '.cm-activeLineGutter': { backgroundColor: '#d8e2ee', color: '#1a1a1a' },
  '.cm-tooltip': { backgroundColor: '#fff', color: '#1a1a1a', border: '1px solid #767676' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: '#154273', color: '#fff' },
  '.cm-completionDetail': { color: 'inherit', fontStyle: 'normal', marginInlineStart: '0.75em' },
  '.cm-completionInfo': { maxWidth: '28rem', padding: '0.25rem 0.5rem' },
  '.cm-diagnostic-error': { borderInlineStartColor: '#a4161a' },
  '.cm-diagnostic-warning': { borderInlineStartColor: '#7a4b00' },
});

/**
 * CodeMirror 6 with YAML, the server's findings as diagnostics, and completion and hover from the
 * scenario format's JSON Schema. Tab indents (YAML is indentation); Escape and then Tab leaves the
 * editor, as does Ctrl+M (Tab then moves the focus until pressed again) — CodeMirror's own
 * conventions, said on the page beside the editor.
 */
export function CodeEditor({
  initialText,
  labelledBy,
  describedBy,
  schema,
  labels,
  onChange,
  onCursor,
  ref,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The extensions are made once; they read the newest props through these.
  const latest = useRef({ schema, labels, onChange, onCursor });
  latest.current = { schema, labels, onChange, onCursor };

  useEffect(() => {
    const nonce = pageNonce();
    const cursorHelp = (state: EditorState) => {
      const root = latest.current.schema;
      if (!root) return null;
      const head = state.selection.main.head;
      const line = state.doc.lineAt(head);
      return fieldHelp(root, state.doc.toJSON(), line.number - 1, head - line.from)?.help ?? null;
    };
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialText,
        extensions: [
          ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          indentUnit.of('  '),
          EditorState.tabSize.of(2),
          yaml(),
          syntaxHighlighting(highlight),
          autocompletion({
            override: [
              schemaCompletion(
                () => latest.current.schema,
                () => latest.current.labels,
              ),
            ],
          }),
          schemaHover(
            () => latest.current.schema,
            () => latest.current.labels,
          ),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            // Already a tab stop (contenteditable); said explicitly so that checkers such as axe
            // know the scrolling area around it can be reached with the keyboard.
            tabindex: '0',
            'aria-labelledby': labelledBy,
            'aria-describedby': describedBy,
            spellcheck: 'false',
          }),
          theme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
            if (update.docChanged || update.selectionSet) latest.current.onCursor(cursorHelp(update.state));
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // Made once per mount: a new text comes through replaceText, new props through `latest`.
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      focusAt(line, column) {
        const editor = view.current;
        if (!editor) return;
        const anchor = findingOffset(editor.state.doc, { line, column });
        editor.dispatch({ selection: { anchor }, scrollIntoView: true });
        editor.focus();
      },
      showFindings(findings) {
        const editor = view.current;
        if (editor) editor.dispatch(setDiagnostics(editor.state, diagnostics(editor.state.doc, findings)));
      },
      replaceText(text) {
        const editor = view.current;
        if (editor) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
      },
      text: () => view.current?.state.doc.toString() ?? '',
    }),
    [],
  );

  return <div className="dh-editor-host" ref={host} />;
}
