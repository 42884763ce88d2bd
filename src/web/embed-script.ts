/**
 * /embed.js — defines <zangraph-clause clause="sc-1999-9/para_12" lang="ru" as-of="2020-01-01">: a clause card
 * (text, citation, status badges, link back) drawn in shadow DOM. Plain JavaScript served as is: no build step.
 * - Host styles cannot reach in: `:host { all: initial }` cuts inheritance at the element, and the card sets its
 *   own typography in px (not rem, which would follow the host's root font size).
 * - One request for all the cards of a page: connecting and attribute changes only mark a card as wanted; a
 *   microtask later every wanted card of the same origin is asked for in one GET /embed/clauses.json (at most
 *   MAX per request), identical cards once.
 * - Messages are in the card's language (kk/ru); the server words its own (e.g. a malformed as-of) the same way.
 * Every value is set as text, never parsed as markup.
 */
export const EMBED_SCRIPT = String.raw`(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('zangraph-clause')) return;
  var script = document.currentScript;
  var defaultBase = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var MAX = 50;

  var SERIF = '"PT Serif","Liberation Serif","DejaVu Serif",Georgia,"Times New Roman",serif';
  var SANS = '"PT Sans","Liberation Sans","DejaVu Sans",system-ui,Arial,sans-serif';
  var CSS = [
    ':host{all:initial;display:block;max-width:640px;margin:16px 0;contain:content}',
    ':host([hidden]){display:none}',
    // every inherited property set here, so nothing of the host page's text styles applies inside
    '.root{font:normal normal 400 16px/1.5 ' + SANS + ';color:#1b1f24;text-transform:none;letter-spacing:normal;word-spacing:normal;text-align:left;text-indent:0;text-shadow:none;white-space:normal;direction:ltr;font-variant:normal;font-style:normal;visibility:visible;cursor:auto;-webkit-text-size-adjust:100%;text-size-adjust:100%}',
    '.root *{box-sizing:border-box;margin:0;padding:0;border:0;font:inherit;color:inherit;text-transform:none;letter-spacing:inherit;background:none}',
    '.card{background:#fff;border:1px solid #d0d4da;border-top:4px solid #1d3557;border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.08);overflow:hidden}',
    '.head{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:flex-start;gap:12px;padding:13px 16px 6px}',
    '.act{font-size:12px;color:#555d66;text-transform:uppercase;letter-spacing:.04em}',
    'h2{font:700 19px/1.25 ' + SERIF + ';color:#1d3557;margin:2px 0 0}',
    '.badges{display:flex;flex-wrap:wrap;gap:5px;justify-content:flex-end}',
    '.badge{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.03em;padding:2px 7px;border-radius:3px;border:1px solid currentColor;white-space:nowrap}',
    '.in-force{color:#1d6b3a;background:#e2f2e7}.repealed{color:#8e1d1d;background:#f9e3e3}.not-yet{color:#7a5200;background:#fcefd2}.amended{color:#1f4e8c;background:#e1ebf8}',
    '.badge.uncertain{color:#5b2c83;background:#efe6f7;border-style:dashed}.badge.unknown{color:#464b51;background:#e9eaec;border-style:dotted;font-style:normal}',
    '.window{margin:3px 16px 6px;padding:6px 11px;border-left:4px solid #5b2c83;background:#efe6f7;font-size:14px}.window.no-evidence{border-left-color:#464b51;background:#e9eaec}.window p{margin:3px 0}',
    '.since{color:#555d66;font-size:13px;margin:0 0 5px}.doubt{color:#5b2c83;font-size:13px;font-weight:700;margin:0 0 5px}',
    '.body{padding:3px 16px 10px}',
    '.tags{font-size:12px;margin:3px 0 6px;display:flex;gap:5px;flex-wrap:wrap;align-items:center}',
    '.lang{color:#3a4550;font-weight:700}',
    '.tag{padding:1px 6px;border-radius:3px;border:1px solid #1d3557;background:#1d3557;color:#fff}.tag.unofficial{background:#fff;color:#5a4a12;border:1px dashed #a8892f}.tag.fragment{background:#fff7e0;color:#6b5200;border-color:#e0c36a}',
    '.law{font:16px/1.6 ' + SERIF + ';max-height:22em;overflow:auto}',
    '.law p{margin:0 0 10px}.unknown{font-style:italic;color:#555d66}',
    '.tnotes{border-top:1px dashed #a8892f;margin:6px 0 0;padding:5px 0 0 21px;font-size:14px;color:#3b4047;list-style:decimal}.tnotes li{margin:0 0 4px}.tn{font-size:.72em;vertical-align:super}',
    '.foot{border-top:1px solid #e3e6ea;background:#f7f6f2;padding:10px 16px;font-size:14px;display:flex;justify-content:space-between;gap:16px;align-items:flex-end;flex-wrap:wrap}',
    '.cite{font-family:' + SERIF + ';font-style:italic;flex:1 1 60%}',
    'a{color:#1d3557;font-weight:700;text-decoration:underline}a:focus-visible,.law:focus-visible{outline:3px solid #b08d3c;outline-offset:2px}',
    '.asof{color:#555d66;font-size:12px;display:block}',
    '.state{padding:16px;font-size:15px}.error{color:#8e1d1d;background:#f9e3e3;border-top-color:#8e1d1d}'
  ].join('');

  var MESSAGES = {
    kk: { loading: 'Жүктелуде…', noClause: 'Тармақ көрсетілмеген (clause атрибуты)', failed: 'Тармақты жүктеу мүмкін болмады', notFound: 'Тармақ табылмады' },
    ru: { loading: 'Загрузка…', noClause: 'Не указан пункт (атрибут clause)', failed: 'Не удалось загрузить пункт', notFound: 'Пункт не найден' }
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function wording(w, languageLabel) {
    var box = el('div');
    box.setAttribute('lang', w.lang);
    var tags = el('div', 'tags');
    if (languageLabel) tags.appendChild(el('span', 'lang', languageLabel));
    w.tags.forEach(function (t, i) { tags.appendChild(el('span', 'tag' + (i === 0 && !w.official ? ' unofficial' : i > 0 ? ' fragment' : ''), t)); });
    box.appendChild(tags);
    if (w.uncertainNote) box.appendChild(el('p', 'doubt', w.uncertainNote));
    if (w.since) box.appendChild(el('p', 'since', w.since));
    var law = el('div', 'law');
    // a long text scrolls inside the card: the box takes keyboard focus so it can be scrolled without a pointer
    law.tabIndex = 0;
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

  // ---- batching: wanted cards are collected until the current task ends, then asked for together
  var wanted = [];
  var flushQueued = false;

  function want(widget) {
    if (wanted.indexOf(widget) < 0) wanted.push(widget);
    if (flushQueued) return;
    flushQueued = true;
    Promise.resolve().then(flush);
  }

  function flush() {
    flushQueued = false;
    var widgets = wanted;
    wanted = [];
    var byBase = {};
    widgets.forEach(function (w) {
      if (!w.isConnected) return;
      var req = w._request();
      if (!req) return;
      (byBase[req.base] = byBase[req.base] || []).push({ widget: w, req: req });
    });
    Object.keys(byBase).forEach(function (base) {
      var items = byBase[base];
      for (var i = 0; i < items.length; ) {
        var keys = [];
        var chunk = [];
        while (i < items.length && (keys.length < MAX || keys.indexOf(items[i].req.key) >= 0)) {
          if (keys.indexOf(items[i].req.key) < 0) keys.push(items[i].req.key);
          chunk.push(items[i]);
          i++;
        }
        fetchCards(base, keys, chunk);
      }
    });
  }

  function fetchCards(base, keys, chunk) {
    var url = base + '/embed/clauses.json?' + keys.map(function (k) { return 'card=' + encodeURIComponent(k); }).join('&');
    fetch(url, { credentials: 'omit' })
      .then(function (res) {
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then(function (body) {
        chunk.forEach(function (item) {
          var answer = body.cards[keys.indexOf(item.req.key)];
          item.widget._answer(item.req.ticket, answer);
        });
      })
      .catch(function () {
        chunk.forEach(function (item) { item.widget._failed(item.req.ticket); });
      });
  }

  class ZangraphClause extends HTMLElement {
    static get observedAttributes() { return ['clause', 'lang', 'as-of', 'api']; }
    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      this._ticket = 0;
    }
    connectedCallback() { this._schedule(); }
    attributeChangedCallback() { if (this.isConnected) this._schedule(); }

    _lang() { return this.getAttribute('lang') === 'ru' ? 'ru' : 'kk'; }

    _schedule() {
      this._ticket++;
      if (!this.getAttribute('clause')) { this._message('error', MESSAGES[this._lang()].noClause); return; }
      if (this.getAttribute('data-state') !== 'ready') this._message('loading', MESSAGES[this._lang()].loading);
      want(this);
    }

    /** What this card asks for now (attributes read once, when the batch leaves). */
    _request() {
      var id = this.getAttribute('clause');
      if (!id) return null;
      var base = (this.getAttribute('api') || defaultBase).replace(/\/+$/, '');
      return { base: base, key: [id, this._lang(), this.getAttribute('as-of') || ''].join(';'), ticket: this._ticket };
    }

    _answer(ticket, a) {
      if (ticket !== this._ticket) return;
      var m = MESSAGES[this._lang()];
      if (!a) { this._message('error', m.failed, this.getAttribute('clause')); return; }
      if (a.status !== 200) { this._message(a.status === 404 ? 'not-found' : 'error', a.message || (a.status === 404 ? m.notFound : m.failed), this.getAttribute('clause')); return; }
      this._render(a.card);
    }

    _failed(ticket) {
      if (ticket !== this._ticket) return;
      this._message('error', MESSAGES[this._lang()].failed, this.getAttribute('clause'));
    }

    _show(state, content) {
      this.setAttribute('data-state', state);
      var root = this.shadowRoot;
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(el('style', null, CSS));
      var wrap = el('div', 'root');
      wrap.setAttribute('lang', this._lang());
      wrap.appendChild(content);
      root.appendChild(wrap);
    }

    _message(state, text, detail) {
      var card = el('div', 'card state' + (state === 'loading' ? '' : ' error'));
      card.setAttribute('role', state === 'loading' ? 'status' : 'alert');
      card.appendChild(el('strong', null, text));
      if (detail) card.appendChild(el('span', 'asof', detail));
      this._show(state, card);
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
      if (d.window) {
        var win = el('div', 'window' + (d.status === 'UNKNOWN' ? ' no-evidence' : ''));
        win.setAttribute('data-window', d.status === 'UNKNOWN' ? 'unknown' : 'uncertain');
        win.appendChild(el('p', null, d.window.heading)).style.fontWeight = '700';
        win.appendChild(el('p', null, d.window.explanation));
        win.appendChild(el('p', 'asof', d.window.reason));
        card.appendChild(win);
      }
      var body = el('div', 'body');
      if (d.text.paragraphs) body.appendChild(wording(d.text, d.labels.language));
      else {
        var tags = el('div', 'tags');
        tags.appendChild(el('span', 'lang', d.labels.language));
        body.appendChild(tags);
        body.appendChild(el('p', 'unknown', d.labels.textUnknown));
        if (d.otherText) body.appendChild(wording(d.otherText, d.otherText.heading));
      }
      card.appendChild(body);
      var foot = el('div', 'foot');
      foot.appendChild(el('div', 'cite', d.citation || ''));
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
