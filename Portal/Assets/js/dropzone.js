// Evidence upload by drag and drop (issue #15): files dropped on the zone become the form's file input and the form is sent; the input stays as the fallback.
// No inline script or handler: the CSP allows scripts from the portal only.
(function () {
  'use strict';
  document.querySelectorAll('form.upload').forEach(function (form) {
    var zone = form.querySelector('.dropzone');
    var input = form.querySelector('input[type=file]');
    if (!zone || !input) { return; }
    ['dragenter', 'dragover'].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove('over'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (!e.dataTransfer || e.dataTransfer.files.length === 0) { return; }
      input.files = e.dataTransfer.files;
      zone.classList.add('busy');
      form.requestSubmit();
    });
  });
}());
