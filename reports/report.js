/* claimaudit collection index: sort the table by any column and filter rows
   by article path. Optional: the page reads fully without it. Embedded by
   scripts/embed-resources.py; its SHA-256 goes into the page's
   Content-Security-Policy, so no other script can run there. */
(function () {
  "use strict";
  var table = document.querySelector("table.sortable");
  if (!table || !table.tBodies.length) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead ? table.tHead.rows[0].cells : [];

  function key(row, column, numeric) {
    var cell = row.cells[column];
    if (!cell) { return numeric ? -Infinity : ""; }
    var raw = cell.getAttribute("data-sort");
    if (raw === null) { raw = cell.textContent.trim(); }
    if (numeric) {
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    return raw.toLowerCase();
  }

  function sortBy(column, button) {
    var th = headers[column];
    var numeric = th.getAttribute("data-type") === "number";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    for (var i = 0; i < headers.length; i++) { headers[i].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, index) { row.setAttribute("data-order", String(index)); });
    rows.sort(function (a, b) {
      var x = key(a, column, numeric), y = key(b, column, numeric);
      var c = x < y ? -1 : x > y ? 1 : 0;
      if (!ascending) { c = -c; }
      return c !== 0 ? c : Number(a.getAttribute("data-order")) - Number(b.getAttribute("data-order"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
    button.focus();
  }

  Array.prototype.forEach.call(headers, function (th, column) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    button.addEventListener("click", function () { sortBy(column, button); });
  });

  var label = document.createElement("label");
  label.className = "filter";
  label.appendChild(document.createTextNode("Filter articles "));
  var input = document.createElement("input");
  input.type = "search";
  input.placeholder = "path contains…";
  label.appendChild(input);
  table.parentNode.insertBefore(label, table);
  input.addEventListener("input", function () {
    var needle = input.value.trim().toLowerCase();
    Array.prototype.forEach.call(body.rows, function (row) {
      var path = (row.cells[0] ? row.cells[0].textContent : "").toLowerCase();
      row.hidden = needle !== "" && path.indexOf(needle) < 0;
    });
  });
}());
