/**
 * PostgreSQL's text forms of `tsquery` and `tsvector`, parsed so the in-memory search index can evaluate the
 * queries PostgreSQL built (`websearch_to_tsquery` per language configuration) against the vectors its
 * triggers stored. PostgreSQL stays the one that stems, unaccents and parses the user's syntax.
 */

export type TsQueryNode =
  | { op: 'term'; lexeme: string; prefix: boolean; weights: number }
  | { op: 'not'; arg: TsQueryNode }
  | { op: 'and' | 'or'; left: TsQueryNode; right: TsQueryNode }
  | { op: 'phrase'; distance: number; left: TsQueryNode; right: TsQueryNode };

/** Weight codes as PostgreSQL packs them in a position: D 0, C 1, B 2, A 3. */
const WEIGHT_CODE: Record<string, number> = { a: 3, b: 2, c: 1, d: 0 };

/** Reads a quoted lexeme starting at `start` (the opening quote); returns it and the index after the quote. */
function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      value += text[i + 1];
      i += 2;
    } else if (char === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
      } else {
        return [value, i + 1];
      }
    } else {
      value += char;
      i++;
    }
  }
  throw new SyntaxError('unterminated lexeme');
}

type Token =
  | { kind: 'term'; lexeme: string; prefix: boolean; weights: number }
  | { kind: '&' | '|' | '!' | '(' | ')' }
  | { kind: 'phrase'; distance: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === ' ') {
      i++;
    } else if (char === "'") {
      const [lexeme, end] = readQuoted(text, i);
      i = end;
      let prefix = false;
      let weights = 0;
      if (text[i] === ':') {
        i++;
        while (i < text.length && /[*abcdABCD]/.test(text[i] as string)) {
          const flag = (text[i] as string).toLowerCase();
          if (flag === '*') prefix = true;
          else weights |= 1 << (WEIGHT_CODE[flag] ?? 0);
          i++;
        }
      }
      tokens.push({ kind: 'term', lexeme, prefix, weights });
    } else if (char === '<') {
      const match = /^<(-|\d+)>/.exec(text.slice(i));
      if (!match) throw new SyntaxError(`unexpected "<" at ${i}`);
      tokens.push({ kind: 'phrase', distance: match[1] === '-' ? 1 : Number(match[1]) });
      i += match[0].length;
    } else if (char === '&' || char === '|' || char === '!' || char === '(' || char === ')') {
      tokens.push({ kind: char });
      i++;
    } else {
      throw new SyntaxError(`unexpected "${char}" at ${i}`);
    }
  }
  return tokens;
}

/**
 * Parses a tsquery's text output (`'hous' & !'refuge'`, `'social' <-> 'hous'`, `'a' <2> 'b'`). Precedence as in
 * PostgreSQL: `!` binds tightest, then phrase operators, then `&`, then `|`. An empty string (a query of stop
 * words only) gives null.
 */
export function parseTsQuery(text: string): TsQueryNode | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  let at = 0;
  const peek = () => tokens[at];
  const orExpr = (): TsQueryNode => {
    let left = andExpr();
    while (peek()?.kind === '|') {
      at++;
      left = { op: 'or', left, right: andExpr() };
    }
    return left;
  };
  const andExpr = (): TsQueryNode => {
    let left = phraseExpr();
    while (peek()?.kind === '&') {
      at++;
      left = { op: 'and', left, right: phraseExpr() };
    }
    return left;
  };
  const phraseExpr = (): TsQueryNode => {
    let left = unary();
    for (let token = peek(); token?.kind === 'phrase'; token = peek()) {
      at++;
      left = { op: 'phrase', distance: token.distance, left, right: unary() };
    }
    return left;
  };
  const unary = (): TsQueryNode => {
    const token = tokens[at++];
    if (!token) throw new SyntaxError('unexpected end of query');
    if (token.kind === '!') return { op: 'not', arg: unary() };
    if (token.kind === '(') {
      const inner = orExpr();
      if (tokens[at++]?.kind !== ')') throw new SyntaxError('missing ")"');
      return inner;
    }
    if (token.kind === 'term')
      return { op: 'term', lexeme: token.lexeme, prefix: token.prefix, weights: token.weights };
    throw new SyntaxError(`unexpected "${token.kind}"`);
  };
  const tree = orExpr();
  if (at !== tokens.length) throw new SyntaxError('trailing tokens');
  return tree;
}

/** The terms a match must contain somewhere (not under a `!`): the ones relevance counts. */
export function positiveTerms(node: TsQueryNode, negated = false): Extract<TsQueryNode, { op: 'term' }>[] {
  switch (node.op) {
    case 'term':
      return negated ? [] : [node];
    case 'not':
      return positiveTerms(node.arg, !negated);
    default:
      return [...positiveTerms(node.left, negated), ...positiveTerms(node.right, negated)];
  }
}

export interface ParsedVector {
  lexemes: string[];
  /** Per lexeme, its positions packed as PostgreSQL does: position in the low 14 bits, weight code above. */
  positions: number[][];
}

/** Parses a tsvector's text output (`'hous':1A,5B 'social':4`); a lexeme without positions gets none. */
export function parseTsVector(text: string): ParsedVector {
  const lexemes: string[] = [];
  const positions: number[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    if (text[i] !== "'") throw new SyntaxError(`unexpected "${text[i]}" at ${i} in a tsvector`);
    const [lexeme, end] = readQuoted(text, i);
    i = end;
    const packed: number[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let position = 0;
        while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
          position = position * 10 + (text.charCodeAt(i) - 48);
          i++;
        }
        const weight = WEIGHT_CODE[(text[i] ?? '').toLowerCase()];
        if (weight !== undefined) i++;
        packed.push(Math.min(position, 0x3fff) | ((weight ?? 0) << 14));
        if (text[i] !== ',') break;
        i++;
      }
    }
    lexemes.push(lexeme);
    positions.push(packed);
  }
  return { lexemes, positions };
}
