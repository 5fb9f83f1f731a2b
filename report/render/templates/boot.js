// Renders every chart container (.chart[data-chart]) from the specs embedded in the page, then
// marks <body data-charts-done="N" data-charts-failed="M"> so readers and tests know it finished.
(function () {
  var specs = JSON.parse(document.getElementById('liputan-specs').textContent);
  var options = JSON.parse(document.getElementById('liputan-embed-options').textContent);
  var containers = Array.prototype.slice.call(document.querySelectorAll('.chart[data-chart]'));
  var pending = containers.length;
  var failed = 0;
  function finish() {
    document.body.setAttribute('data-charts-done', String(containers.length - failed));
    document.body.setAttribute('data-charts-failed', String(failed));
    // Charts change the page's height as they appear: go to the linked section once they are in.
    var target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) target.scrollIntoView();
  }
  function settled() { if (--pending === 0) finish(); }
  if (pending === 0) finish();
  if (typeof vegaEmbed !== 'function') {
    window.liputanReportError('vega-embed is missing from the page');
    return;
  }
  containers.forEach(function (element) {
    var id = element.getAttribute('data-chart');
    var spec = specs[id];
    if (!spec) {
      failed++;
      window.liputanReportError('no spec for chart ' + id);
      settled();
      return;
    }
    vegaEmbed(element, spec, options).then(function () {
      element.setAttribute('data-rendered', 'true');
      settled();
    }).catch(function (error) {
      failed++;
      element.setAttribute('data-rendered', 'false');
      window.liputanReportError('chart ' + id + ': ' + error);
      settled();
    });
  });
})();
