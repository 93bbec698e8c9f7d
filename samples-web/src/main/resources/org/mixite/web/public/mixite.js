// Mixité web page: progress while the server works, and the upload limits checked before sending.
document.addEventListener('DOMContentLoaded', function () {
  var progress = document.getElementById('progress');
  function working(form) {
    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) { return; }
      if (progress) { progress.hidden = false; }
      var buttons = document.querySelectorAll('button[type=submit]');
      for (var i = 0; i < buttons.length; i++) { buttons[i].disabled = true; }
    });
  }
  var demo = document.getElementById('demo-form');
  if (demo) { working(demo); }
  var upload = document.getElementById('upload-form');
  if (upload) { working(upload); }
});
