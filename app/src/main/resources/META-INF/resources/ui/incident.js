// The incident page's drawings and label buttons. The report is in the page as JSON (#report-data),
// in the form /api/incidents/{id} serves; ECharts (from its mvnpm jar) draws the graph and charts.
(function () {
  'use strict';
  const report = JSON.parse(document.getElementById('report-data').textContent);
  const snapshot = report.series || null;
  const top = report.candidates.length ? report.candidates[0].service : null;
  const candidates = new Set(report.candidates.map(c => c.service));
  const hurt = new Set(report.incident.services);
  const COLORS = { cause: '#d93025', candidate: '#f29900', hurt: '#f6c344', other: '#9aa0a6' };

  function entryServices(nodes, edges) {
    const entries = new Set(report.incident.symptoms.filter(s => s.entry).map(s => s.service));
    if (entries.size) return entries;
    const called = new Set(edges.map(e => e.callee));
    return new Set([...nodes].filter(n => !called.has(n)));
  }

  function callEdges() {
    const edges = snapshot ? snapshot.edges.map(e => ({ ...e })) : [];
    const known = new Set(edges.map(e => e.caller + '\u0000' + e.callee));
    report.candidates.forEach(c => c.evidence.forEach(ev => {
      const parts = ev.kind === 'call-graph' ? ev.subject.split(' -> ') : [];
      if (parts.length === 2 && !known.has(parts[0] + '\u0000' + parts[1])) {
        known.add(parts[0] + '\u0000' + parts[1]);
        edges.push({ caller: parts[0], callee: parts[1], calls: 0, errors: 0, origins: 0 });
      }
    }));
    return edges;
  }

  /** Breadth-first from the entry services: depth per service, and the shortest path to the cause. */
  function walk(nodes, edges, entries) {
    const out = new Map([...nodes].map(n => [n, []]));
    edges.forEach(e => out.get(e.caller).push(e));
    const depth = new Map();
    const via = new Map();
    const queue = [...entries].filter(n => nodes.has(n));
    queue.forEach(n => depth.set(n, 0));
    while (queue.length) {
      const n = queue.shift();
      out.get(n).forEach(e => {
        if (!depth.has(e.callee)) {
          depth.set(e.callee, depth.get(n) + 1);
          via.set(e.callee, e);
          queue.push(e.callee);
        }
      });
    }
    const path = new Set();
    for (let n = top; n && via.has(n); n = via.get(n).caller) path.add(via.get(n));
    return { depth, path };
  }

  function role(name) {
    if (name === top) return 'cause';
    if (candidates.has(name)) return 'candidate';
    return hurt.has(name) ? 'hurt' : 'other';
  }

  function drawGraph() {
    const el = document.getElementById('graph');
    const edges = callEdges();
    const nodes = new Set([...hurt, ...candidates, ...report.blast_radius.services]);
    edges.forEach(e => { nodes.add(e.caller); nodes.add(e.callee); });
    const { depth, path } = walk(nodes, edges, entryServices(nodes, edges));
    const maxDepth = Math.max(0, ...depth.values());
    const columns = new Map();
    const data = [...nodes].sort().map(name => {
      const d = depth.has(name) ? depth.get(name) : maxDepth + 1;
      const row = columns.get(d) || 0;
      columns.set(d, row + 1);
      const r = role(name);
      return {
        name, x: d * 180, y: row * 70, symbolSize: r === 'cause' ? 34 : r === 'other' ? 16 : 24,
        itemStyle: { color: COLORS[r], borderColor: r === 'cause' ? '#7f1d1d' : '#fff', borderWidth: 2 },
        label: { fontWeight: r === 'cause' ? 'bold' : 'normal' }
      };
    });
    const links = edges.map(e => {
      const onPath = path.has(e);
      const failing = e.errors > 0;
      return {
        source: e.caller, target: e.callee,
        value: e.calls + ' calls, ' + e.errors + ' failed since onset',
        lineStyle: { color: onPath ? COLORS.cause : failing ? COLORS.candidate : '#c0c4cc',
          width: onPath ? 4 : failing ? 2 : 1, curveness: 0.08 }
      };
    });
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { formatter: p => p.dataType === 'edge' ? p.data.source + ' \u2192 ' + p.data.target + ': ' + p.data.value : p.name },
      series: [{ type: 'graph', layout: 'none', roam: true, data, links, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
        label: { show: true, position: 'bottom' } }]
    });
    el.dataset.nodes = String(data.length);
    el.dataset.pathEdges = String(path.size);
  }

  function lineChart(el, service, line) {
    const step = snapshot.step_millis;
    const start = Date.parse(snapshot.start);
    const points = line.values.map((v, i) => [start + i * step, v]);
    const marks = [{ xAxis: Date.parse(snapshot.onset), name: 'onset', lineStyle: { color: COLORS.cause, width: 2 } }]
      .concat(snapshot.changes.map(c => ({ xAxis: Date.parse(c.at), name: c.text, lineStyle: { color: '#1a73e8', width: 2 } })));
    const band = line.baseline_low == null || line.baseline_high == null ? []
      : [[{ yAxis: line.baseline_low }, { yAxis: line.baseline_high }]];
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      title: { text: service + ' \u00b7 ' + line.name + (line.unit ? ' (' + line.unit + ')' : ''), textStyle: { fontSize: 12 } },
      grid: { left: 50, right: 16, top: 30, bottom: 26 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'line', data: points, showSymbol: false, connectNulls: false, lineStyle: { width: 2 },
        markArea: { silent: true, itemStyle: { color: 'rgba(26,115,232,0.13)' }, data: band },
        markLine: { symbol: 'none', label: { formatter: p => p.name.length > 24 ? p.name.slice(0, 24) + '\u2026' : p.name, fontSize: 10 }, data: marks } }]
    });
    return chart;
  }

  function drawCharts() {
    const box = document.getElementById('charts');
    if (!snapshot || !snapshot.services.length) {
      box.textContent = 'No series were kept for this report.';
      return;
    }
    const charts = [];
    snapshot.services.forEach(s => {
      const row = document.createElement('div');
      row.className = 'chart-row';
      row.dataset.service = s.service;
      box.appendChild(row);
      // every box in place first: each chart takes its size from its box when it is drawn
      const boxes = s.lines.map(() => row.appendChild(document.createElement('div')));
      boxes.forEach(el => { el.className = 'chart'; });
      s.lines.forEach((line, i) => charts.push(lineChart(boxes[i], s.service, line)));
    });
    window.addEventListener('resize', () => charts.forEach(c => c.resize()));
  }

  async function sendLabel(body) {
    const message = document.getElementById('label-message');
    message.textContent = 'saving\u2026';
    const response = await fetch('/api/incidents/' + encodeURIComponent(report.incident.id) + '/label', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
    if (response.ok) {
      location.reload();
      return;
    }
    const answer = await response.json().catch(() => ({ error: response.statusText }));
    message.textContent = 'Not saved: ' + answer.error;
  }

  function wireLabels() {
    const by = () => document.getElementById('label-by').value || 'web';
    const confirm = document.getElementById('confirm-top');
    if (confirm) {
      confirm.addEventListener('click', () => sendLabel({
        service: confirm.dataset.service, indicator: confirm.dataset.indicator, note: '', by: by() }));
    }
    // A candidate picked as the true cause brings its ranked indicator along; any other service
    // starts at "not sure" rather than at an indicator Rootline never suggested for it.
    const indicators = new Map(report.candidates.map(c => [c.service, c.indicator]));
    document.getElementById('label-service').addEventListener('change', event => {
      document.getElementById('label-indicator').value = indicators.get(event.target.value) || '';
    });
    document.getElementById('label-form').addEventListener('submit', event => {
      event.preventDefault();
      sendLabel({ service: document.getElementById('label-service').value,
        indicator: document.getElementById('label-indicator').value,
        note: document.getElementById('label-note').value, by: by() });
    });
  }

  wireLabels();
  drawGraph();
  drawCharts();
}());
