// The console's one script (no inline scripts: the Content-Security-Policy forbids them).
// A select marked data-autosubmit submits its form when changed, as the audit trail's action filter does.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () {
      select.form.submit();
    });
  });
});
