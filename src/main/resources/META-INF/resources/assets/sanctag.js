// sanctag's page: POST the article to /tag?explain=true and show the answer on the article itself.
//
// Safety: the article and everything the answer quotes are put on the page as text nodes
// (createTextNode / textContent), never parsed as HTML, so markup in an article stays inert.
// Offsets in the answer are Unicode code points, half-open; the article is cut by code points.
'use strict';

(function () {
  const PALETTE_SIZE = 12;

  const $ = (id) => document.getElementById(id);

  const state = {
    ruleSets: [],        // every rule set GET /rules lists
    defaults: [],        // the ids a request that names none is tagged against
    palette: new Map(),  // category id -> colour index
    answer: null,        // the last 200 answer
    raw: '',             // that answer, pretty-printed
    codePoints: [],      // the article that was sent, as code points
    selected: null,      // the element whose detail is shown
    busy: false
  };

  // ---- small DOM helpers: every string goes in as text ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null || value === undefined || value === false) continue;
        if (name === 'class') node.className = value;
        else if (name === 'dataset') Object.assign(node.dataset, value);
        else node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : (many || one + 's'));
  }

  function shortDigest(digest) {
    const s = String(digest || '');
    const m = /^(sha256:)([0-9a-f]{64})$/.exec(s);
    return m ? m[1] + m[2].slice(0, 12) + '…' + m[2].slice(-6) : s;
  }

  // ---- rule sets ----

  /** GET /rules answers {default: [ids], rulesets: [...]}; a bare list or one rule set object is taken too. */
  function ruleSetList(body) {
    if (Array.isArray(body)) return body;
    if (body && Array.isArray(body.ruleSets)) return body.ruleSets;
    if (body && Array.isArray(body.rulesets)) return body.rulesets;
    return body && typeof body === 'object' ? [body] : [];
  }

  async function loadRuleSets() {
    let res;
    let body = null;
    try {
      res = await fetch('rules', { headers: { Accept: 'application/json' } });
      body = await res.json().catch(() => null);
    } catch (e) {
      showRuleSetUnavailable();
      return;
    }
    if (!res.ok) {
      showRuleSetUnavailable();
      return;
    }
    state.ruleSets = ruleSetList(body).filter((r) => r && typeof r === 'object' && typeof r.id === 'string');
    state.defaults = body && Array.isArray(body.default) ? body.default : [];
    const select = $('ruleset-select');
    clear(select);
    state.ruleSets.forEach((r, i) => {
      // Short labels keep the header narrow; whose list it is shows on hover.
      const label = r.id + (r.version ? ' ' + r.version : '');
      select.append(el('option', { value: String(i), title: r.jurisdiction || r.title || '' }, label));
    });
    const first = state.ruleSets.findIndex((r) => state.defaults.includes(r.id));
    select.value = String(first < 0 ? 0 : first);
    $('ruleset-choice').hidden = state.ruleSets.length < 2;
    choseRuleSet();
  }

  function showRuleSetUnavailable() {
    $('ruleset-id').textContent = 'unavailable';
  }

  function chosenRuleSet() {
    const i = Number($('ruleset-select').value || 0);
    return state.ruleSets[i] || state.ruleSets[0] || null;
  }

  function choseRuleSet() {
    const r = chosenRuleSet();
    showRuleSetInfo(r);
    state.palette = new Map();
    if (r && Array.isArray(r.categories)) {
      r.categories.forEach((c) => colourOf(c.id));
    }
  }

  function showRuleSetInfo(r) {
    $('ruleset-id').textContent = r ? r.id : 'unavailable';
    $('ruleset-version').textContent = r && r.version ? r.version : '–';
    const digest = $('ruleset-digest');
    digest.textContent = r && r.digest ? r.digest : '–';
    digest.title = r && r.digest ? r.digest : '';
  }

  function colourOf(categoryId) {
    if (!state.palette.has(categoryId)) state.palette.set(categoryId, state.palette.size % PALETTE_SIZE);
    return 'cat-' + state.palette.get(categoryId);
  }

  // ---- errors ----

  function showError(title, detail) {
    $('error-title').textContent = title;
    $('error-detail').textContent = detail;
    $('error').hidden = false;
  }

  function hideError() {
    $('error').hidden = true;
  }

  /** The problem's detail when the answer is problem+json; otherwise the status in words. */
  function problemOf(res, rawText) {
    let problem = null;
    try {
      problem = JSON.parse(rawText);
    } catch (e) {
      problem = null;
    }
    const title = (problem && typeof problem.title === 'string' ? problem.title : res.statusText || 'Error');
    const detail = problem && typeof problem.detail === 'string' && problem.detail
      ? problem.detail
      : 'sanctag answered HTTP ' + res.status + ' without an explanation.';
    return { title: 'HTTP ' + res.status + ' ' + title, detail };
  }

  // ---- tagging ----

  async function tag() {
    if (state.busy) return;
    const text = $('article').value;
    const id = $('doc-id').value.trim();
    const request = id ? { text, id } : { text };
    let url = 'tag?explain=true';
    const ruleSet = chosenRuleSet();
    if (state.ruleSets.length > 1 && ruleSet) url += '&rulesets=' + encodeURIComponent(ruleSet.id);

    setBusy(true);
    hideError();
    let res;
    let rawText;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(request)
      });
      rawText = await res.text();
    } catch (e) {
      setBusy(false);
      showError('sanctag could not be reached',
        'The request failed before an answer came back (' + e.message + '). '
        + 'The service may be down, or the article may be larger than its body limit.');
      return;
    }
    setBusy(false);
    if (!res.ok) {
      const problem = problemOf(res, rawText);
      showError(problem.title, problem.detail);
      return;
    }
    let answer;
    try {
      answer = JSON.parse(rawText);
    } catch (e) {
      answer = null;
    }
    if (!answer || typeof answer !== 'object' || !Array.isArray(answer.passages)) {
      showError('The answer could not be read', 'sanctag answered, but not with the JSON this page expects.');
      return;
    }
    state.answer = answer;
    state.raw = JSON.stringify(answer, null, 2);
    state.codePoints = Array.from(text);
    render();
  }

  function setBusy(busy) {
    state.busy = busy;
    const button = $('tag-button');
    button.disabled = busy;
    button.textContent = busy ? 'Tagging…' : 'Tag article';
    $('result').setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  // ---- rendering the answer ----

  function render() {
    const a = state.answer;
    state.selected = null;
    renderSummary(a);
    renderLegend(a);
    renderArticle();
    renderCandidates(a);
    $('json').textContent = state.raw;
    $('json-status').textContent = '';
    resetDetail();
    $('result').hidden = false;
  }

  function matchesOf(a) {
    const all = [];
    a.passages.forEach((p, pi) => (p.matches || []).forEach((m) => all.push({ match: m, passage: p, index: pi })));
    return all;
  }

  function vetoedOf(a) {
    return (a.explanation || []).filter((c) => c.verdict !== 'accepted');
  }

  function renderSummary(a) {
    const verdict = $('verdict');
    clear(verdict);
    verdict.append(
      a.flagged
        ? el('span', { class: 'badge flagged', id: 'flagged' }, 'Flagged')
        : el('span', { class: 'badge clear', id: 'flagged' }, 'Not flagged'),
      el('span', { class: 'badge relevance', id: 'relevance' }, 'Relevance: ' + a.relevance)
    );
    const matches = matchesOf(a);
    const low = a.passages.filter((p) => p.relevance === 'low').length;
    const vetoed = vetoedOf(a).length;
    const parts = [
      plural(a.passages.length, 'passage'),
      plural(matches.length, 'match', 'matches') + ' in ' + plural((a.categories || []).length, 'category', 'categories')
    ];
    if (low) parts.push(low + ' of low relevance (muted)');
    if (a.explanation) parts.push(plural(vetoed, 'candidate') + ' vetoed');
    $('counts').textContent = parts.join(' · ');

    const by = $('answered-by');
    clear(by);
    // The rule sets that answered: a list (one object from an older server is taken too).
    const answering = Array.isArray(a.ruleset) ? a.ruleset : a.ruleset ? [a.ruleset] : [];
    if (answering.length) {
      by.append('Answered by ');
      answering.forEach((r, i) => {
        if (i) by.append('; ');
        by.append(el('code', null, r.id), ' version ', el('code', null, r.version), ', ',
          el('code', { title: r.digest }, r.digest));
      });
      if (a.id) by.append(' · reference ', el('code', null, a.id));
      const chosen = chosenRuleSet();
      if (state.ruleSets.length > 1 && chosen && !answering.some((r) => r.id === chosen.id)) {
        by.append(' · not the rule set chosen (', el('code', null, chosen.id), ')');
      }
      showRuleSetInfo(answering[0]);
    }
  }

  function renderLegend(a) {
    const legend = $('legend');
    const key = $('key');
    clear(legend);
    clear(key);
    const categories = a.categories || [];
    for (const c of categories) {
      key.append(el('span', { class: 'chip ' + colourOf(c.id), title: c.name }, c.id));
    }
    if (categories.length === 0) {
      legend.append(el('li', { class: 'legend-none' }, 'No goods of the ban were found in this article.'));
      return;
    }
    for (const c of categories) {
      const basis = el('ul', { class: 'legend-basis' }, ...(c.basis || []).map((b) => el('li', null, b)));
      legend.append(el('li', { dataset: { category: c.id } },
        el('span', { class: 'chip ' + colourOf(c.id) }, c.id),
        el('span', { class: 'legend-name' }, c.name + ' ',
          el('span', { class: 'legend-count' }, '(' + plural(c.passages, 'passage') + ')')),
        basis));
    }
  }

  function slice(from, to) {
    return state.codePoints.slice(from, to).join('');
  }

  function overlaps(x, y) {
    return x.start < y.end && y.start < x.end;
  }

  /**
   * The vetoed candidates that can be drawn in the text: those that overlap no match, sit within
   * one passage or outside all of them, and overlap no vetoed candidate drawn before them.
   */
  function drawableVetoes(a) {
    const matches = matchesOf(a).map((x) => x.match);
    const drawn = [];
    const sorted = vetoedOf(a).slice().sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start));
    for (const c of sorted) {
      if (matches.some((m) => overlaps(m, c))) continue;
      if (drawn.some((d) => overlaps(d, c))) continue;
      const crossing = a.passages.some((p) => overlaps(p, c) && (c.start < p.start || c.end > p.end));
      if (crossing) continue;
      drawn.push(c);
    }
    return drawn;
  }

  function renderArticle() {
    const a = state.answer;
    const box = $('rendered');
    clear(box);
    const vetoes = $('show-vetoed').checked ? drawableVetoes(a) : [];
    const inPassage = (p, c) => c.start >= p.start && c.end <= p.end;
    const outside = vetoes.filter((c) => !a.passages.some((p) => inPassage(p, c)));

    const top = a.passages.map((p, i) => ({ kind: 'passage', start: p.start, end: p.end, passage: p, index: i }))
      .concat(outside.map((c) => ({ kind: 'veto', start: c.start, end: c.end, candidate: c })))
      .sort((x, y) => x.start - y.start);

    const fragment = document.createDocumentFragment();
    let pos = 0;
    for (const item of top) {
      if (item.start < pos) continue; // never expected: passages do not overlap
      if (item.start > pos) fragment.append(document.createTextNode(slice(pos, item.start)));
      if (item.kind === 'passage') {
        const p = item.passage;
        const span = el('span', { class: 'passage', dataset: { relevance: p.relevance, passage: String(item.index) } });
        const inner = (p.matches || []).map((m) => ({ kind: 'match', start: m.start, end: m.end, match: m, passage: p }))
          .concat(vetoes.filter((c) => inPassage(p, c)).map((c) => ({ kind: 'veto', start: c.start, end: c.end, candidate: c, passage: p })))
          .sort((x, y) => x.start - y.start);
        let at = p.start;
        for (const x of inner) {
          if (x.start < at) continue; // matches never overlap one another
          if (x.start > at) span.append(document.createTextNode(slice(at, x.start)));
          span.append(x.kind === 'match' ? markFor(x.match, p) : vetoFor(x.candidate));
          at = x.end;
        }
        if (p.end > at) span.append(document.createTextNode(slice(at, p.end)));
        fragment.append(span);
      } else {
        fragment.append(vetoFor(item.candidate));
      }
      pos = item.end;
    }
    if (pos < state.codePoints.length) fragment.append(document.createTextNode(slice(pos)));
    box.append(fragment);
    if (state.codePoints.length === 0) box.append(el('span', { class: 'hint' }, 'The article is empty.'));
  }

  function markFor(m, p) {
    const mark = el('mark', {
      class: colourOf(m.category),
      tabindex: '0',
      role: 'button',
      dataset: { category: m.category, rule: m.rule, start: String(m.start), end: String(m.end) }
    }, slice(m.start, m.end));
    mark.sanctag = { kind: 'match', match: m, passage: p };
    return mark;
  }

  function vetoFor(c) {
    const span = el('span', {
      class: 'veto',
      tabindex: '0',
      role: 'button',
      dataset: { verdict: c.verdict, category: c.category, rule: c.rule }
    }, slice(c.start, c.end));
    span.sanctag = { kind: 'veto', candidate: c };
    return span;
  }

  function renderCandidates(a) {
    const body = $('candidates').tBodies[0];
    clear(body);
    const all = a.explanation || [];
    $('candidate-count').textContent = '(' + all.length + ')';
    for (const c of all) {
      body.append(el('tr', { class: c.verdict === 'accepted' ? 'accepted' : 'vetoed' },
        el('td', { class: 'cand-text' }, c.text),
        el('td', null, el('span', { class: 'verdict-tag ' + (c.verdict === 'accepted' ? 'accepted' : 'vetoed') }, c.verdict)),
        el('td', null, el('span', { class: 'chip ' + colourOf(c.category) }, c.category)),
        el('td', null, el('code', null, c.rule)),
        el('td', null, c.reason)));
    }
  }

  // ---- detail ----

  function resetDetail() {
    const body = $('detail-body');
    clear(body);
    body.append(el('p', { class: 'hint' },
      'Select a highlighted word (Tab, hover or click) to see its rule, category, relevance and the reason.'));
  }

  function candidateFor(m) {
    const all = (state.answer && state.answer.explanation) || [];
    return all.find((c) => c.start === m.start && c.end === m.end && c.rule === m.rule && c.verdict === 'accepted')
      || all.find((c) => c.start === m.start && c.end === m.end) || null;
  }

  function categoryInfo(id) {
    const fromAnswer = ((state.answer && state.answer.categories) || []).find((c) => c.id === id);
    if (fromAnswer) return fromAnswer;
    const r = chosenRuleSet();
    return (r && Array.isArray(r.categories) && r.categories.find((c) => c.id === id)) || { id, name: '', basis: [] };
  }

  function select(node) {
    if (!node || !node.sanctag) return;
    if (state.selected) state.selected.classList.remove('selected');
    state.selected = node;
    node.classList.add('selected');
    showDetail(node.sanctag);
  }

  function showDetail(info) {
    const isMatch = info.kind === 'match';
    const target = isMatch ? info.match : info.candidate;
    const candidate = isMatch ? candidateFor(info.match) : info.candidate;
    const category = categoryInfo(target.category);
    const verdict = candidate ? candidate.verdict : 'accepted';
    const relevance = isMatch ? info.passage.relevance : (candidate && candidate.relevance) || '–';

    const rows = [
      ['Category', el('span', null, el('span', { class: 'chip ' + colourOf(target.category) }, target.category),
        category.name ? ' ' + category.name : '')],
      ['Rule', el('code', null, target.rule)],
      ['Verdict', el('span', { class: 'verdict-tag ' + (verdict === 'accepted' ? 'accepted' : 'vetoed') }, verdict)],
      ['Reason', candidate && candidate.reason ? candidate.reason : '–'],
      ['Relevance', relevance + (candidate && candidate.relevanceReason ? ': ' + candidate.relevanceReason : '')],
      ['Offsets', target.start + '–' + target.end + ' (code points)']
    ];
    if (isMatch) {
      const amounts = info.passage.amounts || [];
      if (amounts.length) rows.push(['Amounts', amounts.map(amountText).join('; ')]);
      const checks = (info.passage.thresholds || []).filter((t) => t.category === target.category && t.ruleset === target.ruleset);
      if (checks.length) rows.push(['Threshold', checks.map(thresholdText).join('; ')]);
    }
    if (category.basis && category.basis.length) {
      rows.push(['Legal basis', el('ul', null, ...category.basis.map((b) => el('li', null, b)))]);
    }
    const dl = el('dl', { id: 'detail-list' });
    for (const [name, value] of rows) {
      dl.append(el('dt', null, name), el('dd', { dataset: { field: name.toLowerCase().replace(' ', '-') } }, value));
    }
    const body = $('detail-body');
    clear(body);
    body.append(el('p', { class: 'detail-text' }, '“', slice(target.start, target.end), '”'), dl);
  }

  /** "$1,500 (USD 1,500)", "90,000 bottles of vodka (90,000 bottles)". */
  function amountText(a) {
    const value = Number(a.value).toLocaleString('en');
    const what = a.kind === 'money' ? a.currency + ' ' + value : (a.approximate ? 'at least ' : '') + value + ' ' + a.unit;
    return a.text + ' (' + what + ')';
  }

  /** "value not above USD 2,000, the threshold in un-dprk-luxury". */
  function thresholdText(t) {
    const limit = t.currency + ' ' + Number(t.above).toLocaleString('en') + ', the threshold in ' + t.ruleset;
    switch (t.outcome) {
      case 'above': return 'value above ' + limit;
      case 'below': return 'value not above ' + limit;
      case 'not_stated': return 'no value stated (' + limit + ')';
      case 'undecided': return 'value stated only as a bound that leaves it open (' + limit + ')';
      default: return 'value only in a currency the list gives no rate for (' + limit + ')';
    }
  }

  // ---- JSON copy and download ----

  async function copyJson() {
    const status = $('json-status');
    if (!state.raw) return;
    try {
      await navigator.clipboard.writeText(state.raw);
      status.textContent = 'Copied to the clipboard.';
    } catch (e) {
      const scratch = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      scratch.value = state.raw;
      document.body.append(scratch);
      scratch.select();
      const ok = document.execCommand && document.execCommand('copy');
      scratch.remove();
      status.textContent = ok ? 'Copied to the clipboard.' : 'Copying was refused; open the answer below and select it.';
    }
  }

  function downloadJson() {
    if (!state.raw) return;
    const blob = new Blob([state.raw + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const name = 'sanctag-' + ((state.answer && state.answer.id) || 'answer').replace(/[^A-Za-z0-9._-]+/g, '_') + '.json';
    const link = el('a', { href: url, download: name, class: 'visually-hidden' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    $('json-status').textContent = 'Saved as ' + name + '.';
  }

  // ---- files ----

  function isTextFile(file) {
    return /\.txt$/i.test(file.name) || file.type === 'text/plain';
  }

  async function loadFile(file) {
    if (!file) return;
    if (!isTextFile(file)) {
      showError('Only .txt files can be read', '“' + file.name + '” is not a plain-text (.txt) file.');
      return;
    }
    let text;
    try {
      text = await file.text();
    } catch (e) {
      showError('The file could not be read', '“' + file.name + '”: ' + e.message);
      return;
    }
    $('article').value = text.replace(/^\uFEFF/, '');
    hideError();
    tag();
  }

  // ---- wiring ----

  function wire() {
    $('tag-form').addEventListener('submit', (e) => {
      e.preventDefault();
      tag();
    });
    document.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
        e.preventDefault();
        tag();
      }
    });
    $('ruleset-select').addEventListener('change', choseRuleSet);
    $('show-vetoed').addEventListener('change', () => {
      if (!state.answer) return;
      renderArticle();
      resetDetail();
    });

    const rendered = $('rendered');
    const pick = (e) => select(e.target.closest('mark, .veto'));
    rendered.addEventListener('click', pick);
    rendered.addEventListener('mouseover', pick);
    rendered.addEventListener('focusin', pick);
    rendered.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        const node = e.target.closest('mark, .veto');
        if (node) {
          e.preventDefault();
          select(node);
        }
      }
    });

    $('copy-json').addEventListener('click', copyJson);
    $('download-json').addEventListener('click', downloadJson);
    $('file-input').addEventListener('change', (e) => {
      loadFile(e.target.files[0]);
      e.target.value = '';
    });

    const zone = $('drop-zone');
    document.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('dragging');
    });
    document.addEventListener('dragleave', (e) => {
      if (!e.relatedTarget) zone.classList.remove('dragging');
    });
    document.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('dragging');
      const files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) loadFile(files[0]);
    });
  }

  wire();
  loadRuleSets();
})();
