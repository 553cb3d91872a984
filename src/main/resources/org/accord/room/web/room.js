'use strict';
// The participant's page: join with the code, answer the perception check, see "Saved" once the laptop's disk has it.
// Plain script, no library: everything the page needs comes from the laptop, nothing from the internet.
(function () {
  var TOKEN = 'accord-room-token';
  // The participant this phone answered as, kept across runs of the room: joining a restarted room with it, the
  // phone is that participant again, not a second one.
  var PARTICIPANT = 'accord-room-participant';
  var $ = function (id) { return document.getElementById(id); };
  var state = { token: null, seq: 0, answer: { side: null, lead: null, rating: null }, open: true, askNames: false,
    sending: false, again: false, events: null };

  function status(text, kind) {
    var s = $('status');
    s.textContent = text;
    s.className = kind || '';
  }

  function call(method, path, body) {
    var headers = {};
    if (state.token) { headers.Authorization = 'Bearer ' + state.token; }
    if (body) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' })
      .then(function (res) {
        return res.json().then(function (data) { return { status: res.status, data: data }; },
          function () { return { status: res.status, data: { error: 'The laptop sent a reply this page cannot read.' } }; });
      }, function () {
        return { status: 0, data: { error: 'The laptop cannot be reached. Is this phone on the same network as the laptop?' } };
      });
  }

  function showJoin(message) {
    state.token = null;
    try { localStorage.removeItem(TOKEN); } catch (e) { /* private mode: the token lives in this page only */ }
    $('join').hidden = false;
    $('question').hidden = true;
    if (message) { status(message, 'problem'); }
  }

  function enter(data) {
    $('title').textContent = data.title || 'Accord';
    document.title = (data.title || 'Accord') + ': your answers';
    state.seq = data.seq || 0;
    state.answer = { side: data.side || null, lead: data.lead || null, rating: data.rating || null };
    state.open = data.open;
    state.askNames = data.askNames;
    $('join').hidden = true;
    $('question').hidden = false;
    render();
    listen();
  }

  function render() {
    ['side', 'lead', 'rating'].forEach(function (field) {
      var buttons = $(field).querySelectorAll('button');
      for (var i = 0; i < buttons.length; i++) {
        buttons[i].setAttribute('aria-pressed', String(buttons[i].value === state.answer[field]));
        buttons[i].disabled = !state.open;
      }
    });
    $('nameBox').hidden = !state.askNames;
    // Said plainly before anyone types a name: named answers are shown on the laptop's screen, which may be projected.
    $('privacy').textContent = (state.askNames
      ? 'The facilitator asks for names: your name is shown with your answers on the laptop\'s screen.'
      : 'Anonymous unless the facilitator asks for names.')
      + (state.open ? ' You can change your answers until the question is closed.' : '');
    $('name').disabled = !state.open;
    $('closed').hidden = state.open;
    $('closed').textContent = state.open ? '' : 'The facilitator has closed the question. Your last saved answer counts.';
  }

  function pick(field, value) {
    if (!state.open) { return; }
    state.answer[field] = value;
    render();
    if (!state.answer.side) {
      status('Pick your side first: IT, marketing or other.', 'problem');
      return;
    }
    sendSoon();
  }

  function sendSoon() {
    if (state.sending) { state.again = true; return; }
    send(null);
  }

  // One request at a time, each with the next number; a tap while one is under way is sent right after it.
  function send(resend) {
    var body = resend;
    if (!body) {
      state.seq += 1;
      body = { seq: state.seq, side: state.answer.side, lead: state.answer.lead, rating: state.answer.rating };
      if (state.askNames && $('name').value.trim()) { body.name = $('name').value; }
    }
    state.sending = true;
    state.again = false;
    status('Sending…');
    call('POST', '/api/answer', body).then(function (r) {
      state.sending = false;
      if (state.again) { send(null); return; }
      if (r.status === 200) {
        status('Saved ✓', 'saved');
      } else if (r.status === 202) {
        status(r.data.message);
        state.sending = true;
        setTimeout(function () { state.sending = false; if (state.again) { send(null); } else { send(body); } }, 3000);
      } else if (r.status === 401) {
        showJoin(r.data.error);
      } else {
        status(r.data.error || 'Not saved.', 'problem');
        if (r.status === 409) { refresh(); }
      }
    });
  }

  function refresh() {
    call('GET', '/api/question').then(function (r) {
      if (r.status === 200) { enter(r.data); } else if (r.status === 401) { showJoin(r.data.error); }
    });
  }

  // The live updates' connection broke (the laptop closed, or left the network): say so, instead of a "Saved" that
  // looks current. The browser tries again by itself; when it is back, so is the page.
  function lostTouch(events) {
    state.lost = true;
    status(events.readyState === 2
      ? 'This room has ended on the laptop. Your last saved answer counts.'
      : 'The laptop cannot be reached just now. Your last saved answer counts; this page keeps trying.', 'problem');
  }

  function backInTouch() {
    if (state.lost) { state.lost = false; status('In touch with the laptop again.'); }
  }

  function listen() {
    if (state.events) { state.events.close(); }
    if (!window.EventSource) { return; }
    var events = new EventSource('/api/events?t=' + encodeURIComponent(state.token));
    events.addEventListener('error', function () { lostTouch(events); });
    events.addEventListener('open', function () { backInTouch(); });
    events.addEventListener('state', function (e) {
      var d = JSON.parse(e.data);
      state.open = d.open;
      state.askNames = d.askNames;
      render();
    });
    state.events = events;
  }

  function join(event) {
    if (event) { event.preventDefault(); }
    var code = $('code').value;
    if (!code.trim()) { status('Type the code shown on the screen.', 'problem'); return; }
    $('joinButton').disabled = true;
    status('Joining…');
    var body = { code: code };
    try { if (localStorage.getItem(PARTICIPANT)) { body.participant = localStorage.getItem(PARTICIPANT); } } catch (e) { /* none */ }
    call('POST', '/api/join', body).then(function (r) {
      $('joinButton').disabled = false;
      if (r.status === 200) {
        state.token = r.data.token;
        try {
          localStorage.setItem(TOKEN, state.token);
          localStorage.setItem(PARTICIPANT, r.data.participant);
        } catch (e) { /* kept in this page only */ }
        enter(r.data);
        status(r.data.returning ? 'Welcome back, ' + r.data.name + '. Your answers are as saved.'
          : 'Joined as ' + r.data.name + '. Pick your answers.');
      } else {
        showJoin(r.data.error || 'Could not join.');
      }
    });
  }

  function start() {
    $('joinForm').addEventListener('submit', join);
    ['side', 'lead', 'rating'].forEach(function (field) {
      $(field).addEventListener('click', function (e) {
        if (e.target.tagName === 'BUTTON') { pick(field, e.target.value); }
      });
    });
    // A name is sent a moment after the typing stops (and at once when the field is left): until then the page says
    // it is not sent, where it said "Saved" for the answer before.
    var nameTyped = null;
    $('name').addEventListener('input', function () {
      if (!state.answer.side) { return; }
      status('Your name is sent when you stop typing…');
      clearTimeout(nameTyped);
      nameTyped = setTimeout(sendSoon, 1000);
    });
    $('name').addEventListener('change', function () {
      clearTimeout(nameTyped);
      if (state.answer.side) { sendSoon(); }
    });
    var scanned = /code=([A-Za-z0-9-]{1,12})/.exec(location.hash);
    if (scanned) {
      $('code').value = scanned[1];
      history.replaceState(null, '', '/');
    }
    try { state.token = localStorage.getItem(TOKEN); } catch (e) { state.token = null; }
    if (state.token) {
      call('GET', '/api/question').then(function (r) {
        if (r.status === 200) { enter(r.data); status('Welcome back. Your answers are as saved.'); return; }
        showJoin(scanned ? null : r.data.error);
        if (scanned) { join(null); }
      });
      return;
    }
    if (scanned) { join(null); return; }
    showJoin(null);
  }

  start();
}());
