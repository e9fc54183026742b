// Shows what arrives without a reload: on each "store" event from /api/events whose article count
// differs from the page's, the page is fetched again and its <main> swapped in place.
(function () {
  var script = document.currentScript;
  if (!window.EventSource || !window.fetch || !script) {
    return;
  }
  var shown = Number(script.getAttribute('data-articles'));
  var source = new EventSource('/api/events');
  source.addEventListener('store', function (event) {
    var counts = JSON.parse(event.data);
    if (counts.articles !== shown) {
      shown = counts.articles;
      refresh();
    }
  });
  function refresh() {
    fetch(location.pathname + location.search, {cache: 'no-store', headers: {'Accept': 'text/html'}})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
        var current = document.querySelector('main');
        if (fresh && current) {
          current.replaceWith(fresh);
        }
      })
      .catch(function () { /* the next event tries again */ });
  }
})();
