declare const DOMPurify: { sanitize(s: string): string };

export function render(el: HTMLElement, comment: string, params: URLSearchParams) {
  // ruleid: xss-dom-html-sink
  el.innerHTML = `<p>${comment}</p>`;
  // ruleid: xss-dom-html-sink
  el.insertAdjacentHTML("beforeend", params.get("msg") ?? "");
  // ruleid: xss-dom-html-sink
  document.write(location.hash.slice(1));
  // ruleid: xss-dom-html-sink
  const props = { dangerouslySetInnerHTML: { __html: comment } };
  // ok: xss-dom-html-sink
  el.innerHTML = "<p>Chargement…</p>";
  // ok: xss-dom-html-sink
  el.innerHTML = DOMPurify.sanitize(comment);
  // ok: xss-dom-html-sink
  el.textContent = comment;
  // ok: xss-dom-html-sink
  document.write("<script src='//" + (location.host || "localhost").split(":")[0] + ":35729/livereload.js'></" + "script>");
  // ok: xss-dom-html-sink
  el.innerHTML = total.toFixed(2);
  // ok: xss-dom-html-sink
  el.innerHTML = `<p>Code envoyé</p>`;
  // ruleid: xss-dom-html-sink
  el.innerHTML = "<a href='//" + location.host + "/" + location.hash + "'>";
  return props;
}
