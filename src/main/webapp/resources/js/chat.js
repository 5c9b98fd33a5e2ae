/*
 * The live mentor chat (mentoring/chat.xhtml): one WebSocket to the portal, reconnecting with
 * backoff. Message text from people only ever reaches the page through textContent.
 */
(function () {
    'use strict';

    var chat = document.getElementById('chat');
    if (!chat) {
        return;
    }
    var data = chat.dataset;
    var scroller = document.getElementById('chatScroller');
    var live = document.getElementById('chatLive');
    var status = document.getElementById('chatStatus');
    var form = document.getElementById('compose');
    var text = document.getElementById('compose:text');
    var error = document.getElementById('chatError');
    var seenUpTo = Number(data.seenUpTo) || 0;
    var readSent = 0; // the newest "read" this page sent on its current socket
    var socket = null;
    var retries = 0;
    var finished = data.active !== 'true';
    var nextRef = 1;
    var PING_EVERY_MS = 60000;
    var MAX_BACKOFF_MS = 30000;

    function setStatus(message) {
        status.textContent = message || '';
    }

    function lines() {
        return chat.querySelectorAll('li.chat-line');
    }

    function lastId() {
        var newest = 0;
        var all = lines();
        for (var i = 0; i < all.length; i++) {
            newest = Math.max(newest, Number(all[i].dataset.id));
        }
        return newest;
    }

    function lastTheirsReadable() {
        var theirs = chat.querySelectorAll('li.chat-line[data-mine="false"]:not(.chat-line--held)');
        return theirs.length ? Number(theirs[theirs.length - 1].dataset.id) : 0;
    }

    function nearBottom() {
        return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < 80;
    }

    function toBottom() {
        scroller.scrollTop = scroller.scrollHeight;
    }

    /** "Seen" goes under the newest own message the other person has read. */
    function placeSeen() {
        var old = document.getElementById('chatSeen');
        if (old) {
            old.remove();
        }
        var mine = chat.querySelectorAll('li.chat-line[data-mine="true"]');
        for (var i = mine.length - 1; i >= 0; i--) {
            if (Number(mine[i].dataset.id) <= seenUpTo) {
                if (i === mine.length - 1) {
                    var seen = document.createElement('span');
                    seen.id = 'chatSeen';
                    seen.className = 'chat-seen';
                    seen.textContent = data.textSeen;
                    mine[i].appendChild(seen);
                }
                return;
            }
        }
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        node.className = className;
        if (content) {
            node.textContent = content;
        }
        return node;
    }

    function render(line) {
        var held = line.status === 'HELD' || line.status === 'HELD_CRISIS';
        var item = element('li', 'chat-line ' + (line.mine ? 'chat-line--mine' : 'chat-line--theirs') + (held ? ' chat-line--held' : ''));
        item.id = 'm-' + line.id;
        item.dataset.id = line.id;
        item.dataset.mine = String(line.mine);
        item.dataset.status = line.status;
        if (line.body !== null) {
            item.appendChild(element('span', 'chat-line__body', line.body));
        }
        if (line.mine && line.status === 'HELD_CRISIS') {
            var notice = element('span', 'chat-line__notice', data.textHeldCrisis + ' ');
            var help = element('a', '', data.textHeldCrisisHelp);
            help.href = data.crisisPage;
            notice.appendChild(help);
            item.appendChild(notice);
        } else if (line.mine && line.status === 'HELD') {
            item.appendChild(element('span', 'chat-line__notice', data.textHeld));
        } else if (line.status === 'REMOVED') {
            item.appendChild(element('span', 'chat-line__notice', data.textRemoved));
        }
        if (line.body === null) {
            item.appendChild(element('span', 'chat-line__notice chat-line__notice--other', data.textHeldOther));
        }
        var meta = element('span', 'chat-line__meta');
        meta.appendChild(element('span', 'chat-line__time', line.at));
        if (!line.mine && line.body !== null && line.status === 'DELIVERED') {
            var report = element('a', 'chat-line__report', data.textReport);
            report.href = data.chatPage + '&report=' + line.id + '#report';
            meta.appendChild(report);
        }
        item.appendChild(meta);
        return item;
    }

    /** The first live message newer than {@code id}, to keep the list in order whatever order frames came in. */
    function newerThan(id) {
        var shown = live.querySelectorAll('li.chat-line');
        for (var i = 0; i < shown.length; i++) {
            if (Number(shown[i].dataset.id) > id) {
                return shown[i];
            }
        }
        return null;
    }

    /** Shows a message once, in order; in place if the page has it already (a held one released, or our own echoed back). */
    function show(line) {
        var follow = nearBottom() || line.mine;
        var existing = document.getElementById('m-' + line.id);
        var item = render(line);
        if (existing) {
            existing.replaceWith(item);
        } else {
            var empty = chat.querySelector('.chat__empty');
            if (empty) {
                empty.remove();
            }
            if (!line.mine && document.hidden && !document.getElementById('chatUnread')) {
                var marker = element('li', 'chat-unread');
                marker.id = 'chatUnread';
                marker.appendChild(element('span', '', data.textUnread));
                live.appendChild(marker);
            }
            live.insertBefore(item, newerThan(line.id));
        }
        placeSeen();
        if (follow) {
            toBottom();
        }
        if (!line.mine) {
            markRead();
        }
    }

    /** The gentle check-in after a look-soon message of ours: in the page already, shown once asked. */
    function showCheckIn() {
        var checkIn = document.getElementById('chatCheckIn');
        if (checkIn) {
            checkIn.classList.remove('check-in--hidden');
            checkIn.scrollIntoView({block: 'nearest'});
        }
    }

    function markRead() {
        var upTo = lastTheirsReadable();
        if (!document.hidden && upTo > readSent && socket && socket.readyState === WebSocket.OPEN) {
            readSent = upTo;
            socket.send(JSON.stringify({type: 'read', upTo: upTo}));
        }
    }

    function handle(event) {
        var message = JSON.parse(event.data);
        switch (message.type) {
            case 'message':
            case 'held':
                if (message.ref) {
                    text.value = '';
                    error.textContent = '';
                }
                show(message);
                if (message.checkIn) {
                    showCheckIn();
                }
                break;
            case 'refused':
                error.textContent = message.reason;
                break;
            case 'seen':
                seenUpTo = Math.max(seenUpTo, message.upTo);
                placeSeen();
                break;
            case 'read':
                var marker = document.getElementById('chatUnread');
                if (marker) {
                    marker.remove();
                }
                break;
            case 'ended':
                end(data.textEnded);
                break;
        }
    }

    function end(why) {
        finished = true;
        setStatus(why);
        if (form) {
            form.hidden = true;
        }
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var opened = false;
        setStatus(retries === 0 ? data.textConnecting : data.textReconnecting);
        socket = new WebSocket(scheme + location.host + data.socket);
        socket.addEventListener('open', function () {
            opened = true;
            readSent = 0;
            // Whatever came after the page was drawn, or while we were away: the server replays it in order.
            socket.send(JSON.stringify({type: 'since', after: lastId()}));
            retries = 0;
            setStatus(data.textLive);
            status.classList.add('chat-status--live');
            markRead();
        });
        socket.addEventListener('message', handle);
        socket.addEventListener('close', function (event) {
            status.classList.remove('chat-status--live');
            socket = null;
            if (event.code === 1008) {
                end(data.textSignedOut); // the HTTP session ended
            } else if (event.code === 1000 || event.code === 4403) {
                end(data.textEnded);
            }
            if (finished) {
                return;
            }
            retries = opened ? 1 : retries + 1;
            var backoff = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, retries - 1));
            setStatus(data.textReconnecting);
            setTimeout(connect, backoff / 2 + Math.random() * backoff / 2);
        });
    }

    if (form) {
        form.addEventListener('submit', function (event) {
            if (!socket || socket.readyState !== WebSocket.OPEN) {
                return; // the plain post still works
            }
            event.preventDefault();
            socket.send(JSON.stringify({type: 'send', text: text.value, ref: String(nextRef++)}));
        });
        text.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                form.requestSubmit(document.getElementById('compose:send'));
            }
        });
    }

    document.addEventListener('visibilitychange', function () {
        if (!document.hidden) {
            markRead();
        }
    });
    if (window.jQuery) {
        // Earlier messages came in above: "seen" may belong on one of them.
        window.jQuery(document).on('pfAjaxComplete', placeSeen);
    }
    setInterval(function () {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send('{"type":"ping"}');
        }
    }, PING_EVERY_MS);

    placeSeen();
    var unread = document.getElementById('chatUnread');
    if (unread) {
        scroller.scrollTop = unread.offsetTop - scroller.offsetTop;
    } else {
        toBottom();
    }
    if (!finished) {
        connect();
    }
}());
