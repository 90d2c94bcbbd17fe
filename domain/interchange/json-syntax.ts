/** Why a text is not JSON; translated via `cli.json`. */
export type JsonSyntaxReason = 'unexpected_end' | 'unexpected_character' | 'invalid_string' | 'invalid_number' | 'trailing_content';

export interface JsonSyntaxError {
  /** 1-based, counted in characters of the text as read (a leading byte-order mark is skipped). */
  line: number;
  column: number;
  reason: JsonSyntaxReason;
  /** The character found at the error position, empty at the end of the text. */
  found: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

class SyntaxFailure {
  readonly offset: number;
  readonly reason: JsonSyntaxReason;

  constructor(offset: number, reason: JsonSyntaxReason) {
    this.offset = offset;
    this.reason = reason;
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** A strict JSON scanner that only reports where the first error is; JSON.parse does the parsing. */
class Scanner {
  private pos = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  run(): void {
    this.value();
    this.skipWhitespace();
    if (this.pos < this.text.length) throw new SyntaxFailure(this.pos, 'trailing_content');
  }

  private fail(reason: JsonSyntaxReason = 'unexpected_character'): never {
    throw new SyntaxFailure(this.pos, this.pos >= this.text.length ? 'unexpected_end' : reason);
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.pos])) this.pos++;
  }

  private expect(char: string): void {
    this.skipWhitespace();
    if (this.text[this.pos] !== char) this.fail();
    this.pos++;
  }

  private value(): void {
    this.skipWhitespace();
    const char = this.text[this.pos];
    if (char === '{') return this.container('}', () => (this.string(), this.expect(':'), this.value()));
    if (char === '[') return this.container(']', () => this.value());
    if (char === '"') return this.string();
    if (char === '-' || (char >= '0' && char <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    this.fail();
  }

  private container(close: string, member: () => void): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      member();
      this.skipWhitespace();
      const char = this.text[this.pos];
      if (char === close) {
        this.pos++;
        return;
      }
      if (char !== ',') this.fail();
      this.pos++;
    }
  }

  private string(): void {
    this.skipWhitespace();
    if (this.text[this.pos] !== '"') this.fail();
    STRING_BODY.lastIndex = this.pos + 1;
    STRING_BODY.exec(this.text);
    this.pos = STRING_BODY.lastIndex;
    if (this.text[this.pos] !== '"') this.fail('invalid_string');
    this.pos++;
  }

  private number(): void {
    NUMBER.lastIndex = this.pos;
    if (!NUMBER.exec(this.text)) this.fail('invalid_number');
    const end = NUMBER.lastIndex;
    if (/[0-9.eE+-]/.test(this.text[end] ?? '')) {
      this.pos = end;
      this.fail('invalid_number');
    }
    this.pos = end;
  }
}

function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse, and on failure the line and column of the first error. */
export function parseJson(input: string): JsonParseResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    let failure = new SyntaxFailure(text.length, 'unexpected_end');
    try {
      new Scanner(text).run();
    } catch (error) {
      // A nesting too deep for the scanner's stack keeps the fallback position.
      if (error instanceof SyntaxFailure) failure = error;
    }
    return { ok: false, error: { ...locate(text, failure.offset), reason: failure.reason, found: text[failure.offset] ?? '' } };
  }
}
