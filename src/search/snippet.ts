import { HIGHLIGHT_END, HIGHLIGHT_START } from "./fts-common.ts";

/** A piece of a snippet; `match` pieces are the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a raw snippet at its highlight markers into plain-text parts, so that a client renders
 * the highlight itself and never has to trust markup made from user text. Whitespace runs (line
 * breaks of a long description) become single spaces.
 */
export function snippetParts(raw: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let current = "";
  const push = () => {
    const text = current.replace(/\s+/g, " ");
    if (text !== "") {
      const last = parts[parts.length - 1];
      if (last && last.match === match) last.text += text;
      else parts.push({ text, match });
    }
    current = "";
  };
  for (const ch of raw) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      push();
      match = ch === HIGHLIGHT_START;
    } else {
      current += ch;
    }
  }
  push();
  const first = parts[0];
  if (first && !first.match) first.text = first.text.trimStart();
  const last = parts[parts.length - 1];
  if (last && !last.match) last.text = last.text.trimEnd();
  return parts.filter((p) => p.text !== "");
}
