'use strict';
// A leader's blind grid: that leader's letters only, R/A/C/I per role and activity, each saved before it says so.
(function () {
  var KEY = 'accord-lead-key';
  var LETTERS = ['R', 'A', 'C', 'I'];
  var $ = function (id) { return document.getElementById(id); };
  var state = { key: null, seq: 0, open: true, letters: {}, activities: [], roles: [], queue: [], busy: false, events: null };

  function status(text, kind) {
    var s = $('status');
    s.textContent = text;
    s.className = kind || '';
  }

  function call(method, path, body) {
    var headers = { Authorization: 'Bearer ' + state.key };
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' })
      .then(function (res) {
        return res.json().then(function (data) { return { status: res.status, data: data }; },
          function () { return { status: res.status, data: { error: 'The laptop sent a reply this page cannot read.' } }; });
      }, function () {
        return { status: 0, data: { error: 'The laptop cannot be reached. Is this device on the same network as the laptop?' } };
      });
  }

  function load() {
    return call('GET', '/api/lead').then(function (r) {
      if (r.status !== 200) { status(r.data.error || 'Could not open your grid.', 'problem'); $('grid').textContent = ''; return; }
      var d = r.data;
      $('title').textContent = d.title;
      document.title = d.leader + "'s blind grid";
      state.seq = d.seq;
      state.open = d.open;
      state.letters = d.letters;
      state.fromLaptop = null;
      state.activities = d.activities;
      state.roles = d.roles;
      state.leader = d.leader;
      draw();
      listen();
    });
  }

  function draw() {
    var grid = $('grid');
    grid.textContent = '';
    var group = null;
    state.activities.forEach(function (a) {
      if (a.group !== group) {
        group = a.group;
        var g = document.createElement('p');
        g.className = 'group';
        g.textContent = group;
        grid.appendChild(g);
      }
      var box = document.createElement('div');
      box.className = 'activity';
      var h = document.createElement('h3');
      h.textContent = a.name;
      box.appendChild(h);
      state.roles.forEach(function (role) {
        var cell = document.createElement('div');
        cell.className = 'cell';
        cell.id = 'cell-' + a.id + '-' + role.id;
        var label = document.createElement('span');
        label.className = 'role';
        label.textContent = role.label;
        label.title = role.name;
        cell.appendChild(label);
        LETTERS.forEach(function (l) {
          var b = document.createElement('button');
          b.type = 'button';
          b.textContent = l;
          b.value = l;
          b.addEventListener('click', function () { tap(a.id, role.id, l); });
          cell.appendChild(b);
        });
        box.appendChild(cell);
      });
      grid.appendChild(box);
    });
    paint();
  }

  function paint() {
    state.activities.forEach(function (a) {
      state.roles.forEach(function (role) {
        var cell = $('cell-' + a.id + '-' + role.id);
        var letter = state.letters[a.id + '/' + role.id] || '';
        var buttons = cell.querySelectorAll('button');
        for (var i = 0; i < buttons.length; i++) {
          buttons[i].setAttribute('aria-pressed', String(buttons[i].value === letter));
          buttons[i].disabled = !state.open;
        }
      });
    });
    var started = state.activities.filter(function (a) {
      return state.roles.some(function (r) { return state.letters[a.id + '/' + r.id]; });
    }).length;
    $('progress').textContent = started + ' of ' + state.activities.length + ' rows have a letter.';
    // One notice at a time: before the reveal what the page is for, after it only that the views are revealed.
    $('who').textContent = 'The ' + state.leader + "'s view." + (state.open
      ? ' Only your own letters are shown here; the facilitator reveals both views together.' : '');
    $('closed').hidden = state.open;
    $('closed').textContent = state.open ? '' : 'The facilitator has revealed the two views: your letters can no longer change.';
  }

  // A tap on the letter a cell holds clears it; any other letter replaces it.
  function tap(activity, role, letter) {
    if (!state.open) { return; }
    var k = activity + '/' + role;
    var next = state.letters[k] === letter ? '' : letter;
    if (next) { state.letters[k] = next; } else { delete state.letters[k]; }
    $('cell-' + activity + '-' + role).classList.add('pending');
    paint();
    state.queue.push({ activity: activity, role: role, letter: next });
    pump();
  }

  function pump() {
    if (state.busy || state.queue.length === 0) { return; }
    var change = state.queue.shift();
    state.busy = true;
    state.seq += 1;
    status('Sending…');
    call('POST', '/api/lead/letter', { seq: state.seq, activity: change.activity, role: change.role, letter: change.letter })
      .then(function (r) {
        state.busy = false;
        var cell = $('cell-' + change.activity + '-' + change.role);
        if (cell) { cell.classList.remove('pending'); }
        if (r.status === 200) {
          if (state.queue.length === 0) { status('Saved ✓', 'saved'); }
          pump();
          adoptLaptopLetters();
        } else {
          state.queue = [];
          status((r.data.error || 'Not saved.'), 'problem');
          load(); // what the laptop holds, as it holds it
        }
      });
  }

  function adoptLaptopLetters() {
    if (!state.fromLaptop || state.busy || state.queue.length > 0) { return; }
    state.letters = state.fromLaptop;
    state.fromLaptop = null;
    paint();
  }

  function listen() {
    if (state.events || !window.EventSource) { return; }
    var events = new EventSource('/api/events?t=' + encodeURIComponent(state.key));
    // The live updates' connection broke (the laptop closed, or left the network): say so, not a stale "Saved".
    events.addEventListener('error', function () {
      state.lost = true;
      status(events.readyState === 2 ? 'This room has ended on the laptop. Your saved letters are kept there.'
        : 'The laptop cannot be reached just now. Your saved letters are kept; this page keeps trying.', 'problem');
    });
    events.addEventListener('open', function () {
      if (state.lost) { state.lost = false; status('In touch with the laptop again.'); }
    });
    events.addEventListener('state', function (e) {
      state.open = JSON.parse(e.data).open;
      paint();
    });
    // The laptop's letters for this leader, sent when they change there (the facilitator's Undo, say). Taken when
    // nothing of this page's own is on its way; otherwise kept and taken once the last of its own is saved.
    events.addEventListener('letters', function (e) {
      state.fromLaptop = JSON.parse(e.data);
      adoptLaptopLetters();
    });
    state.events = events;
  }

  function start() {
    var fromLink = location.hash.length > 1 ? location.hash.substring(1) : null;
    if (fromLink) {
      try { sessionStorage.setItem(KEY, fromLink); } catch (e) { /* kept in this page only */ }
      history.replaceState(null, '', '/lead');
    }
    try { state.key = fromLink || sessionStorage.getItem(KEY); } catch (e) { state.key = fromLink; }
    if (!state.key) { status('Open the link the facilitator gave you.', 'problem'); return; }
    load();
  }

  start();
}());
