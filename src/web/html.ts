/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is itself markup made here
 * (a SafeHtml). Pages never concatenate raw strings into markup, so nothing from the data can inject tags.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` — text escaped, nested html kept, arrays joined, null/undefined/false dropped. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Markup that is trusted because this module's callers wrote it (CSS, inline script, SVG built here). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins pieces of markup (or text, escaped) with a separator. */
export function join(parts: readonly Interpolation[], separator: Interpolation = ''): SafeHtml {
  return new SafeHtml(parts.map(render).join(render(separator)));
}

/** A search snippet marks matches with <mark>; its text is decoded and escaped again so only <mark> survives. */
export function snippetHtml(snippet: string): SafeHtml {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const parts = snippet.split(/(<mark>[\s\S]*?<\/mark>)/);
  return join(
    parts.map((p) => (p.startsWith('<mark>') && p.endsWith('</mark>') ? html`<mark>${decode(p.slice(6, -7))}</mark>` : decode(p))),
  );
}
