/**
 * A small strict XML parser for tests: it accepts only well-formed documents (one root, balanced tags, quoted
 * and unique attributes, known entities, no stray markup) and returns the element tree, or throws with the
 * offset of the first error.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);/y;

export class XmlError extends Error {}

function checkEntities(s: string, at: number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '&') {
      out += s[i];
      continue;
    }
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(s);
    if (!m) throw new XmlError(`bad entity at ${at + i}`);
    const e = m[1];
    out +=
      e === 'amp'
        ? '&'
        : e === 'lt'
          ? '<'
          : e === 'gt'
            ? '>'
            : e === 'quot'
              ? '"'
              : e === 'apos'
                ? "'"
                : String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    i += m[0].length - 1;
  }
  return out;
}

export function parseXml(src: string): XmlNode {
  let i = 0;
  if (src.startsWith('<?xml')) {
    const end = src.indexOf('?>');
    if (end < 0) throw new XmlError('unterminated XML declaration');
    i = end + 2;
  }
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  while (i < src.length) {
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new XmlError(`unterminated comment at ${i}`);
      i = end + 3;
    } else if (src.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m) throw new XmlError(`bad end tag at ${i}`);
      const j = i + 2 + m[0].length;
      const close = src.indexOf('>', j);
      if (close < 0 || src.slice(j, close).trim() !== '') throw new XmlError(`bad end tag at ${i}`);
      const top = stack.pop();
      if (!top || top.name !== m[0]) throw new XmlError(`</${m[0]}> at ${i} does not close <${top?.name ?? 'nothing'}>`);
      i = close + 1;
    } else if (src[i] === '<') {
      if (root && stack.length === 0) throw new XmlError(`second root element at ${i}`);
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) throw new XmlError(`bad start tag at ${i}`);
      const node: XmlNode = { name: m[0], attrs: {}, children: [], text: '' };
      let j = i + 1 + m[0].length;
      for (;;) {
        const ws = /\s*/y;
        ws.lastIndex = j;
        const spaces = ws.exec(src)![0].length;
        j += spaces;
        if (src.startsWith('/>', j) || src[j] === '>') break;
        if (spaces === 0) throw new XmlError(`attributes must be preceded by white space at ${j}`);
        NAME.lastIndex = j;
        const a = NAME.exec(src);
        if (!a) throw new XmlError(`bad attribute at ${j}`);
        j += a[0].length;
        if (src[j] !== '=' || (src[j + 1] !== '"' && src[j + 1] !== "'")) throw new XmlError(`unquoted attribute ${a[0]} at ${j}`);
        const q = src[j + 1];
        const end = src.indexOf(q, j + 2);
        if (end < 0) throw new XmlError(`unterminated attribute at ${j}`);
        const value = src.slice(j + 2, end);
        if (value.includes('<')) throw new XmlError(`"<" in attribute at ${j}`);
        if (a[0] in node.attrs) throw new XmlError(`duplicate attribute ${a[0]} at ${j}`);
        node.attrs[a[0]] = checkEntities(value, j + 2);
        j = end + 1;
      }
      const selfClosing = src.startsWith('/>', j);
      i = j + (selfClosing ? 2 : 1);
      if (stack.length) stack[stack.length - 1].children.push(node);
      else root = node;
      if (!selfClosing) stack.push(node);
    } else {
      const next = src.indexOf('<', i);
      const text = src.slice(i, next < 0 ? src.length : next);
      if (text.includes('>') && text.includes(']]>')) throw new XmlError(`"]]>" in text at ${i}`);
      const decoded = checkEntities(text, i);
      if (stack.length) stack[stack.length - 1].text += decoded;
      else if (decoded.trim() !== '') throw new XmlError(`text outside the root element at ${i}`);
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

export function* walk(node: XmlNode): Generator<XmlNode> {
  yield node;
  for (const c of node.children) yield* walk(c);
}
