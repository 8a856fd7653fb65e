// The overview's trend chart (issue 13): the invoice totals per municipality over the year's months,
// read from the data-trend attribute the page carries (no inline script: the console's CSP forbids it).
(function () {
  'use strict';
  var element = document.getElementById('trend-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var trend = JSON.parse(element.dataset.trend);
  var euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
  var chart = echarts.init(element);
  chart.setOption({
    tooltip: { trigger: 'axis', valueFormatter: function (value) { return euro.format(value); } },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 100, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: trend.months },
    yAxis: { type: 'value', axisLabel: { formatter: function (value) { return euro.format(value); } } },
    series: trend.series.map(function (s) {
      return { name: s.name, type: 'line', data: s.values.map(Number) };
    })
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
