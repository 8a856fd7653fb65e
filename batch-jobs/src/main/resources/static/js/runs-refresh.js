// The runs page (issue 13) reloads itself so that the run going on now shows its progress: every
// data-refresh-seconds seconds (10), read from the page (no inline script: the console's CSP forbids it).
(function () {
  'use strict';
  var section = document.getElementById('run-now');
  var seconds = section ? parseInt(section.dataset.refreshSeconds, 10) : NaN;
  if (!(seconds > 0)) {
    return;
  }
  window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
}());
