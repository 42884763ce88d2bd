/**
 * /embed.js — defines <zangraph-clause clause="sc-1999-9/para_12" lang="ru" as-of="2020-01-01">: a clause card
 * (text, citation, status badges, link back) drawn in shadow DOM so the host page's styles neither break it nor
 * are touched by it. Plain JavaScript served as is: no build step. The data comes from /embed/clause.json on the
 * origin the script was loaded from (or the element's `api` attribute), and every value is set as text, never
 * parsed as markup.
 */
export const EMBED_SCRIPT = String.raw`(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('zangraph-clause')) return;
  var script = document.currentScript;
  var defaultBase = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  var CSS = [
    ':host{display:block;max-width:640px;margin:1rem 0;color:#1b1f24;font-family:"PT Sans","Liberation Sans","DejaVu Sans",system-ui,Arial,sans-serif;line-height:1.5}',
    '.card{background:#fff;border:1px solid #d0d4da;border-top:4px solid #1d3557;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.08);overflow:hidden}',
    '.head{display:flex;justify-content:space-between;align-items:flex-start;gap:.75rem;padding:.8rem 1rem .4rem}',
    '.act{font-size:.78rem;color:#555d66;text-transform:uppercase;letter-spacing:.04em}',
    'h2{font:700 1.2rem/1.25 "PT Serif","Liberation Serif","DejaVu Serif",Georgia,serif;color:#1d3557;margin:.1rem 0 0}',
    '.badges{display:flex;flex-wrap:wrap;gap:.3rem;justify-content:flex-end}',
    '.badge{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:.15rem .45rem;border-radius:3px;border:1px solid currentColor;white-space:nowrap}',
    '.in-force{color:#1d6b3a;background:#e2f2e7}.repealed{color:#8e1d1d;background:#f9e3e3}.not-yet{color:#7a5200;background:#fcefd2}.amended{color:#1f4e8c;background:#e1ebf8}',
    '.body{padding:.2rem 1rem .6rem}',
    '.tags{font-size:.72rem;margin:.2rem 0 .4rem;display:flex;gap:.3rem;flex-wrap:wrap}',
    '.tag{padding:.05rem .4rem;border-radius:3px;border:1px solid #1d3557;background:#1d3557;color:#fff}.tag.unofficial{background:#fff;color:#5a4a12;border:1px dashed #a8892f}.tag.fragment{background:#fff7e0;color:#6b5200;border-color:#e0c36a}',
    '.law{font-family:"PT Serif","Liberation Serif","DejaVu Serif",Georgia,serif;font-size:1rem;line-height:1.6;max-height:22em;overflow:auto}',
    '.law p{margin:0 0 .6em}.unknown{font-style:italic;color:#555d66}',
    '.tnotes{border-top:1px dashed #a8892f;margin:.4rem 0 0;padding:.3rem 0 0 1.3rem;font-size:.85rem;color:#3b4047}.tnotes li{margin:0 0 .3em}.tn{font-size:.72em;vertical-align:super}',
    '.foot{border-top:1px solid #e3e6ea;background:#f7f6f2;padding:.6rem 1rem;font-size:.85rem;display:flex;justify-content:space-between;gap:1rem;align-items:flex-end;flex-wrap:wrap}',
    '.cite{font-family:"PT Serif","Liberation Serif","DejaVu Serif",Georgia,serif;font-style:italic;flex:1 1 60%}',
    'a{color:#1d3557;font-weight:700}a:focus-visible{outline:3px solid #b08d3c;outline-offset:2px}',
    '.asof{color:#555d66;font-size:.78rem;display:block}',
    '.state{padding:1rem;font-size:.95rem}.error{color:#8e1d1d;background:#f9e3e3;border-top-color:#8e1d1d}'
  ].join('');

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function wording(w) {
    var box = el('div');
    box.setAttribute('lang', w.lang);
    var tags = el('div', 'tags');
    w.tags.forEach(function (t, i) { tags.appendChild(el('span', 'tag' + (i === 0 && !w.official ? ' unofficial' : i > 0 ? ' fragment' : ''), t)); });
    box.appendChild(tags);
    var law = el('div', 'law');
    var notes = w.notes || [];
    (w.paragraphs || []).forEach(function (p, i) {
      var para = el('p', null, p);
      notes.forEach(function (n, k) { if (n.paragraph === i + 1) para.appendChild(el('span', 'tn', String(k + 1))); });
      law.appendChild(para);
    });
    box.appendChild(law);
    if (notes.length) {
      var list = el('ol', 'tnotes');
      notes.forEach(function (n) {
        var item = el('li', null, n.text + ' ');
        item.appendChild(el('span', 'tag unofficial', w.notesTag));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  class ZangraphClause extends HTMLElement {
    static get observedAttributes() { return ['clause', 'lang', 'as-of', 'api']; }
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this._request = 0;
    }
    connectedCallback() { this._load(); }
    attributeChangedCallback() { if (this.isConnected) this._load(); }

    _show(state, content) {
      this.setAttribute('data-state', state);
      var root = this.shadowRoot;
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(el('style', null, CSS));
      root.appendChild(content);
    }

    _message(state, text, detail) {
      var card = el('div', 'card state' + (state === 'loading' ? '' : ' error'));
      card.setAttribute('role', state === 'loading' ? 'status' : 'alert');
      card.appendChild(el('strong', null, text));
      if (detail) card.appendChild(el('div', 'asof', detail));
      this._show(state, card);
    }

    _load() {
      var id = this.getAttribute('clause');
      var lang = this.getAttribute('lang') === 'ru' ? 'ru' : 'kk';
      var asOf = this.getAttribute('as-of');
      var base = this.getAttribute('api') || defaultBase;
      var ticket = ++this._request;
      var self = this;
      if (!id) { this._message('error', lang === 'ru' ? 'Не указан пункт (атрибут clause)' : 'Тармақ көрсетілмеген (clause атрибуты)'); return; }
      this._message('loading', lang === 'ru' ? 'Загрузка…' : 'Жүктелуде…');
      var url = base + '/embed/clause.json?clause=' + encodeURIComponent(id) + '&lang=' + lang + (asOf ? '&asOf=' + encodeURIComponent(asOf) : '');
      fetch(url, { credentials: 'omit' })
        .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, status: res.status, body: body }; }); })
        .then(function (r) {
          if (ticket !== self._request) return;
          if (!r.ok) { self._message(r.status === 404 ? 'not-found' : 'error', r.body.message || r.body.error || String(r.status), id); return; }
          self._render(r.body);
        })
        .catch(function () {
          if (ticket !== self._request) return;
          self._message('error', lang === 'ru' ? 'Не удалось загрузить пункт' : 'Тармақты жүктеу мүмкін болмады', id);
        });
    }

    _render(d) {
      var card = el('article', 'card');
      card.setAttribute('lang', d.lang);
      card.setAttribute('aria-label', d.label + ' — ' + d.act.name);
      var head = el('div', 'head');
      var titles = el('div');
      titles.appendChild(el('div', 'act', d.act.name));
      titles.appendChild(el('h2', null, d.label));
      head.appendChild(titles);
      var badges = el('div', 'badges');
      d.badges.forEach(function (b) { badges.appendChild(el('span', 'badge ' + b.kind, b.text)); });
      head.appendChild(badges);
      card.appendChild(head);
      var body = el('div', 'body');
      if (d.text.paragraphs) body.appendChild(wording(d.text));
      else {
        body.appendChild(el('p', 'unknown', d.labels.textUnknown));
        if (d.otherText) { body.appendChild(el('div', 'asof', d.otherText.heading)); body.appendChild(wording(d.otherText)); }
      }
      card.appendChild(body);
      var foot = el('div', 'foot');
      var cite = el('div', 'cite', d.citation || '');
      foot.appendChild(cite);
      var right = el('div');
      right.appendChild(el('span', 'asof', d.labels.asOf));
      var a = el('a', null, d.labels.open + ' →');
      a.href = d.url;
      a.target = '_blank';
      a.rel = 'noopener';
      right.appendChild(a);
      foot.appendChild(right);
      card.appendChild(foot);
      this.setAttribute('data-status', d.status);
      this._show('ready', card);
    }
  }
  window.customElements.define('zangraph-clause', ZangraphClause);
})();
`;
