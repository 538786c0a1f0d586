// Splits Cypher text on the semicolons that end statements, skipping those inside strings,
// quoted names and comments; `complete` tells the shell whether the text typed so far ends one.
export interface Split {
  statements: string[];
  /** Text after the last terminating semicolon (an unfinished statement). */
  rest: string;
}

export function splitStatements(text: string): Split {
  const statements: string[] = [];
  let start = 0;
  let quote: string | null = null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (quote !== null) {
      if (ch === "\\" && quote !== "`") i += 1;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === "`") {
      quote = ch;
    } else if (ch === "/" && next === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    } else if (ch === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    } else if (ch === ";") {
      const statement = text.slice(start, i).trim();
      if (statement !== "") statements.push(statement);
      start = i + 1;
    }
    i += 1;
  }
  return { statements, rest: text.slice(start).trim() };
}
