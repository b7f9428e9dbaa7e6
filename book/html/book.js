// book.js -- typeset the math of a page of the HTML edition with KaTeX.
// pandoc (--katex) leaves each formula as <span class="math inline|display">
// with \( \) or \[ \] around the TeX.  A formula KaTeX cannot read stays
// visible, marked math-error, and is reported on the console, where the
// browser test (scripts/check-html.py) sees it.
(function () {
  "use strict";
  var spans = document.querySelectorAll("span.math");
  for (var i = 0; i < spans.length; i++) {
    var el = spans[i];
    var display = el.classList.contains("display");
    var tex = el.textContent.replace(/^\\[\(\[]/, "").replace(/\\[\)\]]$/, "");
    try {
      katex.render(tex, el, { displayMode: display, throwOnError: true,
                              strict: "ignore", output: "htmlAndMathml" });
    } catch (e) {
      el.classList.add("math-error");
      el.textContent = tex;
      console.error("KaTeX: " + e.message + " in: " + tex);
    }
  }
  document.documentElement.setAttribute("data-math", "done");
})();
