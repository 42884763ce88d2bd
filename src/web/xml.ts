/** A minimal XML writer: elements, attributes and text, always escaped, serialized with indentation. */

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | null | undefined>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string | null | undefined | false;

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return). */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXmlText(s: string): string {
  return s.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function x(name: string, attrs: XmlElement['attrs'] = {}, ...children: Array<XmlChild | XmlChild[]>): XmlElement {
  return { name, attrs, children: children.flat() };
}

function attrText(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(String(v))}"`)
    .join('');
}

/** Elements holding only text stay on one line, so no whitespace is added inside a wording. */
export function serialize(e: XmlElement, indent = ''): string {
  const kids = e.children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  const open = `<${e.name}${attrText(e.attrs)}`;
  if (kids.length === 0) return `${indent}${open}/>`;
  if (kids.some((k) => typeof k === 'string')) {
    const inline = kids.map((k) => (typeof k === 'string' ? escapeXmlText(k) : serialize(k, '').replace(/\n\s*/g, ''))).join('');
    return `${indent}${open}>${inline}</${e.name}>`;
  }
  return `${indent}${open}>\n${kids.map((k) => serialize(k as XmlElement, `${indent}  `)).join('\n')}\n${indent}</${e.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root)}\n`;
}
