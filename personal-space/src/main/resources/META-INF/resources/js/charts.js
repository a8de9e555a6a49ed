// The personal space's only script: draws the chart of a data page with Chart.js (packaged with the application).
// The numbers come from the page itself (data-chart on the canvas); the same numbers are in the table next to it.
(function () {
  'use strict';
  var canvas = document.getElementById('chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var common = { responsive: true, maintainAspectRatio: false, animation: reduced ? false : { duration: 300 } };

  if (data.kind === 'energy') {
    new Chart(canvas, {
      type: data.step === 'hour' ? 'line' : 'bar',
      data: {
        labels: data.labels,
        datasets: [{
          label: canvas.getAttribute('data-series-label'),
          data: data.values,
          borderColor: '#1d4f91',
          backgroundColor: data.step === 'hour' ? 'rgba(29, 79, 145, 0.15)' : '#1d4f91',
          fill: data.step === 'hour',
          pointRadius: data.values.length > 200 ? 0 : 2,
          tension: 0.2
        }]
      },
      options: Object.assign({}, common, {
        scales: { y: { beginAtZero: true, title: { display: true, text: canvas.getAttribute('data-unit') } } },
        plugins: { legend: { display: false } }
      })
    });
  } else if (data.kind === 'places') {
    // four bands of the day, each its own colour (and legend entry), so time is not told by colour alone
    var names = (canvas.getAttribute('data-bands') || 'night|morning|afternoon|evening').split('|');
    var colours = ['#3b3b98', '#b35900', '#1b7a3a', '#8e1b5c'];
    var shapes = ['circle', 'triangle', 'rect', 'rectRot'];
    var bands = [[], [], [], []];
    data.points.forEach(function (p) {
      var band = p.hour < 6 ? 0 : p.hour < 12 ? 1 : p.hour < 18 ? 2 : 3;
      bands[band].push({ x: p.x, y: p.y, t: p.t });
    });
    new Chart(canvas, {
      type: 'scatter',
      data: {
        datasets: bands.map(function (points, i) {
          return { label: names[i], data: points, backgroundColor: colours[i], borderColor: colours[i],
            pointStyle: shapes[i], pointRadius: 5 };
        })
      },
      options: Object.assign({}, common, {
        scales: {
          x: { title: { display: true, text: canvas.getAttribute('data-x-label') } },
          y: { title: { display: true, text: canvas.getAttribute('data-y-label') } }
        },
        plugins: {
          tooltip: { callbacks: { label: function (ctx) {
            return ctx.raw.t + ' (' + ctx.raw.y.toFixed(4) + ', ' + ctx.raw.x.toFixed(4) + ')';
          } } }
        }
      })
    });
  }
}());
