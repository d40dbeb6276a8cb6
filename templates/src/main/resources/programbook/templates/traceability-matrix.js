/* Programbook traceability matrix: sorting and filtering in the browser, with no library and no
   network access. The view is kept in the address's fragment, e.g.
   traceability-matrix.html#area=SP.09+Account+management&gap=no-evidence&sort=owner&dir=desc
   so that a filtered view can be bookmarked and sent to someone. Columns are found by their ids and
   every word comes from the page (the element #pb-matrix-words, filled from the message bundle), so
   the script works the same in every language. */
(function () {
  'use strict';
  var table = document.getElementById('traceability-matrix');
  if (!table || !table.tHead || !table.tBodies.length) {
    return;
  }
  var words = document.getElementById('pb-matrix-words');
  if (!words) {
    return;
  }
  function word(name) {
    return words.getAttribute('data-' + name) || '';
  }
  function fill(pattern) {
    var values = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d)\}/g, function (all, i) { return String(values[Number(i)]); });
  }
  var body = table.tBodies[0];
  var headerCells = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var columns = word('columns').split(' ');
  var headers = headerCells.map(function (th) { return th.textContent.replace(/\s+/g, ' ').trim(); });
  headerCells.forEach(function (th, i) {
    th.setAttribute('data-column', columns[i] || '');
    th.setAttribute('data-label', headers[i]);
  });
  var rows = Array.prototype.slice.call(body.rows);
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
  var FILTERS = [
    { key: 'area', column: 'area', label: word('filter-area') },
    { key: 'status', column: 'status', label: word('filter-status') },
    { key: 'coverage', column: 'coverage', label: word('filter-coverage') },
    { key: 'gap', column: 'gaps', label: word('filter-gap'), multi: true }
  ];

  rows.forEach(function (row, i) { row.setAttribute('data-order', String(i)); });

  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  function valuesOf(row, filter) {
    var text = cellText(row, filter.index);
    if (!filter.multi) {
      return [text];
    }
    return text.split(',').map(function (v) { return v.trim(); }).filter(function (v) { return v !== ''; });
  }

  function element(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function addOption(select, value, label) {
    var option = element('option', { value: value }, label);
    select.appendChild(option);
    return option;
  }

  var bar = element('form', { 'class': 'pb-filters', role: 'search', 'aria-controls': 'traceability-matrix' });
  bar.addEventListener('submit', function (event) { event.preventDefault(); });
  FILTERS.forEach(function (filter) {
    filter.index = columns.indexOf(filter.column);
    if (filter.index < 0) {
      return;
    }
    var counts = {};
    rows.forEach(function (row) {
      valuesOf(row, filter).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
    });
    var label = element('label', {}, filter.label);
    var select = element('select', { id: 'pb-filter-' + filter.key, name: filter.key });
    addOption(select, '', word('all'));
    Object.keys(counts).sort(collator.compare).forEach(function (value) {
      addOption(select, value, fill(word('option'), value, counts[value]));
    });
    select.addEventListener('change', function () { update({}); });
    label.appendChild(select);
    bar.appendChild(label);
    filter.select = select;
  });
  var searchLabel = element('label', {}, word('search'));
  var search = element('input', { id: 'pb-filter-q', name: 'q', type: 'search', placeholder: word('search-hint') });
  search.addEventListener('input', function () { update({}); });
  searchLabel.appendChild(search);
  bar.appendChild(searchLabel);
  var reset = element('button', { type: 'button', id: 'pb-filter-reset' }, word('show-all'));
  reset.addEventListener('click', function () {
    FILTERS.forEach(function (f) { if (f.select) { f.select.value = ''; } });
    search.value = '';
    update({ sort: '', dir: '' });
  });
  bar.appendChild(reset);
  var count = element('p', { id: 'pb-matrix-count', 'aria-live': 'polite' });
  // above the table's scroll container, if it has one
  var holder = table.parentNode.classList.contains('pb-scroll') ? table.parentNode : table;
  holder.parentNode.insertBefore(bar, holder);
  holder.parentNode.insertBefore(count, holder);

  var sortState = { column: '', dir: '' };
  headerCells.forEach(function (th, index) {
    var button = element('button', { type: 'button', title: fill(word('sort-by'), headers[index]) }, headers[index]);
    button.addEventListener('click', function () {
      var dir = sortState.column === columns[index] && sortState.dir === 'asc' ? 'desc' : 'asc';
      update({ sort: columns[index], dir: dir });
    });
    th.textContent = '';
    th.appendChild(button);
  });

  function state() {
    var s = {};
    FILTERS.forEach(function (f) { if (f.select && f.select.value) { s[f.key] = f.select.value; } });
    if (search.value.trim()) {
      s.q = search.value.trim();
    }
    if (sortState.column) {
      s.sort = sortState.column;
      s.dir = sortState.dir;
    }
    return s;
  }

  function apply(s) {
    FILTERS.forEach(function (f) {
      if (!f.select) {
        return;
      }
      var wanted = s[f.key] || '';
      // a value written by hand matches an option whatever its case and spacing (#status=Planned)
      var match = Array.prototype.filter.call(f.select.options, function (o) {
        return o.value !== '' && same(o.value, wanted);
      })[0];
      if (match) {
        wanted = match.value;
      } else if (wanted) {
        addOption(f.select, wanted, fill(word('option'), wanted, 0));
      }
      f.select.value = wanted;
    });
    search.value = s.q || '';
    var sortColumn = columns.indexOf(s.sort || '') >= 0 ? s.sort : columns[headers.indexOf(s.sort || '')] || '';
    sortState = { column: sortColumn, dir: s.dir === 'desc' ? 'desc' : 'asc' };

    var needle = search.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var visible = FILTERS.every(function (f) {
        return !f.select || !f.select.value || valuesOf(row, f).indexOf(f.select.value) >= 0;
      }) && (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
      row.hidden = !visible;
      if (visible) {
        shown++;
      }
    });

    var sorted = rows.slice();
    if (sortState.column) {
      var index = columns.indexOf(sortState.column);
      var sign = sortState.dir === 'desc' ? -1 : 1;
      sorted.sort(function (a, b) {
        return sign * collator.compare(cellText(a, index), cellText(b, index))
          || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      });
    }
    sorted.forEach(function (row) { body.appendChild(row); });
    headerCells.forEach(function (th, i) {
      if (columns[i] === sortState.column) {
        th.setAttribute('aria-sort', sortState.dir === 'desc' ? 'descending' : 'ascending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
    count.textContent = fill(word('showing'), shown, rows.length);
  }

  function same(a, b) {
    return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
  }

  var KEYS = ['area', 'status', 'coverage', 'gap', 'q', 'sort', 'dir'];

  /* The view a fragment names, or null when the fragment is not a view but an anchor in the page
     (#gap-kinds): following such a link keeps the filters as they are. */
  function fromFragment() {
    var hash = window.location.hash.replace(/^#/, '');
    if (hash === '') {
      return {};
    }
    var s = {};
    var params = new URLSearchParams(hash);
    KEYS.forEach(function (key) {
      if (params.has(key)) {
        s[key] = params.get(key);
      }
    });
    return Object.keys(s).length ? s : null;
  }

  function update(change) {
    var s = state();
    Object.keys(change).forEach(function (key) {
      if (change[key]) {
        s[key] = change[key];
      } else {
        delete s[key];
      }
    });
    apply(s);
    var fragment = new URLSearchParams(s).toString();
    history.replaceState(null, '', fragment ? '#' + fragment : window.location.pathname + window.location.search);
  }

  window.addEventListener('hashchange', function () {
    var s = fromFragment();
    if (s) {
      apply(s);
    }
  });
  apply(fromFragment() || {});
}());
