// Shows what arrives without a reload: the page is fetched again and its <main> swapped in place on each
// "store" event from /api/events (one comes whenever what the store shows changes), and on the first
// event, sent when the stream opens, only when the store's article count differs from the page's.
(function () {
  var script = document.currentScript;
  if (!window.EventSource || !window.fetch || !script) {
    return;
  }
  var shown = Number(script.getAttribute('data-articles'));
  var opened = false;
  var source = new EventSource('/api/events');
  source.addEventListener('store', function (event) {
    var counts = JSON.parse(event.data);
    if (opened || counts.articles !== shown) {
      refresh();
    }
    opened = true;
    shown = counts.articles;
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
