import type { SnippetPart } from "../../../api/search.ts";

/**
 * A snippet as the API gives it: plain-text pieces, the matched words marked. Each piece is a text
 * node (React escapes it), so markup in a report is shown as the characters it is, never run.
 */
export function SnippetText({ parts }: { parts: SnippetPart[] }) {
  return (
    <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
  );
}
