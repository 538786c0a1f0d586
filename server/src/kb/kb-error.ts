// The one error type bad knowledge-base data raises: it names the file and the entry, so an
// analyst editing YAML can go straight to the line that needs fixing.

export class KnowledgeBaseError extends Error {
  readonly file: string;
  readonly entry: string | null;

  constructor(file: string, entry: string | null, problem: string) {
    super(`${file}${entry ? `: entry "${entry}"` : ""}: ${problem}`);
    this.name = "KnowledgeBaseError";
    this.file = file;
    this.entry = entry;
  }
}
