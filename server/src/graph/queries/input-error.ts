// A bad argument caught before any Cypher runs (an unknown type, a bad cursor, a cap
// exceeded). The API turns it into BAD_USER_INPUT; other callers show the message.
export class InputError extends Error {
  override name = "InputError";
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
  }
}
