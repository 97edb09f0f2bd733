(function () {
  "use strict";
  /* aggregator pages: filters and sorting on the index, the grid reader, side by side.
     Everything is drawn with textContent: no text from the web is ever parsed as markup. */
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  /* --- index: filter and sort ---------------------------------------------------------- */
  var table = document.getElementById("events");
  if (table) {
    var rows = all("tbody tr", table);
    var fields = ["f-text", "f-from", "f-to", "f-outlet", "f-country", "f-affiliation", "f-blindspot"].map(function (id) {
      return document.getElementById(id);
    });
    var shown = document.getElementById("f-count");
    var filter = function () {
      var text = fields[0].value.trim().toLowerCase(), from = fields[1].value, to = fields[2].value;
      var outlet = fields[3].value, country = fields[4].value, aff = fields[5].value, n = 0;
      var blind = fields[6] ? fields[6].value : "";
      rows.forEach(function (tr) {
        var d = tr.dataset, ok = true;
        if (text && d.text.indexOf(text) < 0) { ok = false; }
        if (from && d.last < from) { ok = false; }
        if (to && d.date > to) { ok = false; }
        if (outlet && d.outlets.split("\n").indexOf(outlet) < 0) { ok = false; }
        if (country && d.countries.split("\n").indexOf(country) < 0) { ok = false; }
        if (aff && d.affiliations.split("\n").indexOf(aff) < 0) { ok = false; }
        if (blind === "*" && !d.blindspots) { ok = false; }
        if (blind && blind !== "*" && (d.blindspots || "").split("\n").indexOf(blind) < 0) { ok = false; }
        tr.classList.toggle("hidden", !ok);
        if (ok) { n += 1; }
      });
      if (shown) { shown.textContent = n + " of " + rows.length + " events shown"; }
    };
    fields.forEach(function (f) { if (f) { f.addEventListener("input", filter); f.addEventListener("change", filter); } });
    var form = document.getElementById("filters");
    if (form) { form.addEventListener("submit", function (e) { e.preventDefault(); filter(); }); }
    all("th[data-sort]", table).forEach(function (th, _, heads) {
      th.tabIndex = 0;
      var sort = function () {
        var col = Array.prototype.indexOf.call(th.parentNode.children, th);
        var numeric = th.dataset.sort === "number";
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        rows.slice().sort(function (a, b) {
          var x = a.children[col].dataset.v || a.children[col].textContent;
          var y = b.children[col].dataset.v || b.children[col].textContent;
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return asc ? c : -c;
        }).forEach(function (tr) { body.appendChild(tr); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
    filter();
  }

  /* --- the fact x outlet grid: click a mark to read the sentence --------------------------- */
  var reader = document.getElementById("reader");
  if (reader) {
    var active = null;
    all("a.mark").forEach(function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var target = document.getElementById(a.getAttribute("href").slice(1));
        if (active) { active.classList.remove("active"); }
        active = a;
        a.classList.add("active");
        document.getElementById("reader-outlet").textContent = a.dataset.outlet;
        document.getElementById("reader-fact").textContent = a.dataset.fact;
        var sentence = target ? target.textContent.replace(/^\s*F\d+\s*/, "") : "";
        document.getElementById("reader-text").textContent = sentence;
        document.getElementById("reader-sentence").setAttribute("href", a.getAttribute("href"));
        var url = a.dataset.url || "";
        document.getElementById("reader-url-wrap").hidden = !url;
        if (url) { document.getElementById("reader-url").setAttribute("href", url); }
        reader.hidden = false;
        reader.focus();  /* keyboard and screen-reader users land on the sentence */
      });
    });
    reader.setAttribute("tabindex", "-1");
    reader.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { document.getElementById("reader-close").click(); }
    });
    document.getElementById("reader-close").addEventListener("click", function () {
      reader.hidden = true;
      if (active) { active.classList.remove("active"); active.focus(); }
    });
  }

  /* --- side by side: any two outlets ------------------------------------------------------ */
  var blob = document.getElementById("sbs-data");
  if (blob) {
    var side = JSON.parse(blob.textContent);
    var pickA = document.getElementById("sbs-a"), pickB = document.getElementById("sbs-b");
    var body = document.getElementById("sbs-body"), derived = document.getElementById("sbs-derived");
    var segments = function (cell, list) {
      list.forEach(function (seg) {
        var op = seg[0], text = seg[1], kind = seg[2];
        if (op === "=") { cell.appendChild(document.createTextNode(text)); return; }
        cell.appendChild(el(op === "-" ? "del" : "ins", text, {"data-kind": kind, "title": kind}));
        cell.appendChild(el("sup", kind, {"class": "kind"}));
      });
    };
    var draw = function () {
      var a = pickA.value, b = pickB.value;
      document.getElementById("sbs-ha").textContent = a;
      document.getElementById("sbs-hb").textContent = b;
      while (body.firstChild) { body.removeChild(body.firstChild); }
      while (derived.firstChild) { derived.removeChild(derived.firstChild); }
      var d = side.derived[a + "|" + b];
      if (d) {
        derived.appendChild(el("p", d.statement, {"class": "statement"}));
        var blocks = [[d.left_is === "original" ? d.dropped : d.added, "del", "Paragraphs only on the left"],
                      [d.left_is === "original" ? d.added : d.dropped, "ins", "Paragraphs only on the right"]];
        blocks.forEach(function (block) {
          if (!block[0].length) { return; }
          derived.appendChild(el("h3", block[2], {"class": "h4"}));
          var ul = el("ul", "", {"class": "paras"});
          block[0].forEach(function (t) { var li = el("li"); li.appendChild(el(block[1], t, {"class": "para"})); ul.appendChild(li); });
          derived.appendChild(ul);
        });
      }
      var n = 0;
      side.facts.filter(function (f) { return f.s[a] && f.s[b]; }).sort(function (x, y) {
        return x.s[a][2] - y.s[a][2];  /* in the order the left report tells it */
      }).forEach(function (f) {
        var sa = f.s[a], sb = f.s[b];
        if (!sa || !sb || a === b) { return; }
        n += 1;
        var tr = el("tr"), th = el("th"), link = el("a", f.id, {"href": "#" + sa[1]});
        th.appendChild(link);
        tr.appendChild(th);
        var diff = side.diffs[f.id + "|" + a + "|" + b];
        var left = el("td"), right = el("td");
        segments(left, diff ? diff[0] : [["=", sa[0], ""]]);
        segments(right, diff ? diff[1] : [["=", sb[0], ""]]);
        tr.appendChild(left);
        tr.appendChild(right);
        body.appendChild(tr);
      });
      if (!n) {
        var empty = el("tr"), td = el("td", a === b ? "Pick two different outlets." : "These two outlets share no fact.",
                                      {"colspan": "3", "class": "muted"});
        empty.appendChild(td);
        body.appendChild(empty);
      }
    };
    pickA.addEventListener("change", draw);
    pickB.addEventListener("change", draw);
  }
})();
