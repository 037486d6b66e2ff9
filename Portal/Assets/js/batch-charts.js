// The batch page's charts (issue #15): the figures come from the engine in the page's JSON block; Chart.js is served by the portal itself.
// No inline script: the CSP allows scripts from the portal only.
(function () {
  'use strict';
  var block = document.getElementById('batch-charts');
  if (!block || typeof Chart === 'undefined') { return; }
  var data = JSON.parse(block.textContent);
  var font = '"Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';
  Chart.defaults.font.family = font;
  Chart.defaults.animation = false;
  var wan = function (v) { return Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 万元'; };
  function value(c) {
    if (typeof c.parsed === 'number') { return c.parsed; }
    return c.chart.options.indexAxis === 'y' ? c.parsed.x : c.parsed.y;
  }
  var tooltip = { callbacks: { label: function (c) { return (c.dataset.label ? c.dataset.label + '：' : c.label + '：') + wan(value(c)); } } };
  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) { canvas.chart = new Chart(canvas, config); canvas.setAttribute('data-drawn', 'true'); }
  }
  draw('chart-industry', {
    type: 'bar',
    data: { labels: data.industry.labels, datasets: [{ label: '贷款余额', data: data.industry.values, backgroundColor: '#9b1c1c' }] },
    options: { indexAxis: 'y', maintainAspectRatio: false, plugins: { legend: { display: false }, tooltip: tooltip } }
  });
  draw('chart-five-class', {
    type: 'doughnut',
    data: { labels: data.fiveClass.labels, datasets: [{ data: data.fiveClass.values, backgroundColor: ['#15803d', '#ca8a04', '#ea580c', '#b91c1c', '#4c0519', '#94a3b8'] }] },
    options: { maintainAspectRatio: false, plugins: { legend: { position: 'right' }, tooltip: tooltip } }
  });
  draw('chart-months', {
    type: 'bar',
    data: {
      labels: data.months.labels,
      datasets: [
        { label: '授信额度', data: data.months.creditLines, backgroundColor: '#1d4ed8' },
        { label: '用信余额', data: data.months.exposure, backgroundColor: '#0f766e' },
        { label: '贷款余额', data: data.months.loanBalance, backgroundColor: '#9b1c1c' }
      ]
    },
    options: { maintainAspectRatio: false, plugins: { legend: { position: 'top' }, tooltip: tooltip } }
  });
}());
