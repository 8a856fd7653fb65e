// The overview's spend-against-budget charts (issue 13): per municipality, bars of each month's spend
// per law, lines of the spend to date and dashed lines of the year's budget, read from the data-budget
// attribute of each .budget-chart (no inline script: the console's CSP forbids it).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') {
    return;
  }
  var euro = new Intl.NumberFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'nl-NL',
    { style: 'currency', currency: 'EUR' });
  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('.budget-chart'), function (element) {
    var data = JSON.parse(element.dataset.budget);
    var chart = echarts.init(element);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (value) { return euro.format(value); } },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 100, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: data.months },
      yAxis: { type: 'value', axisLabel: { formatter: function (value) { return euro.format(value); } } },
      series: data.series.map(function (s) {
        var values = s.values.map(Number);
        if (s.kind === 'bar') {
          return { name: s.name, type: 'bar', stack: 'month', data: values };
        }
        if (s.kind === 'budget') {
          return { name: s.name, type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: values };
        }
        return { name: s.name, type: 'line', data: values };
      })
    });
    charts.push(chart);
  });
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
}());
