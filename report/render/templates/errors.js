// Records every JavaScript error and Vega warning in the page itself (#liputan-errors,
// #liputan-warnings and a count on <html>), so a reader, and the browser test, can see them.
(function () {
  function record(id, attribute, message) {
    var pre = document.getElementById(id);
    if (pre) pre.textContent += message + '\n';
    var root = document.documentElement;
    root.setAttribute(attribute, String((parseInt(root.getAttribute(attribute) || '0', 10)) + 1));
  }
  window.liputanReportError = function (message) { record('liputan-errors', 'data-js-errors', message); };
  window.addEventListener('error', function (event) {
    window.liputanReportError('error: ' + event.message + ' (' + event.filename + ':' + event.lineno + ')');
  });
  window.addEventListener('unhandledrejection', function (event) {
    window.liputanReportError('unhandled rejection: ' + event.reason);
  });
  var warn = console.warn;
  console.warn = function () {
    record('liputan-warnings', 'data-js-warnings', Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
  var error = console.error;
  console.error = function () {
    window.liputanReportError('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return error.apply(console, arguments);
  };
})();
