/* A topic's page (forum/topic.xhtml; no inline script). After a reply is posted, the page marks the
   new reply with data-focus-here (and tabindex="-1"); focus lands on it, so a keyboard or screen
   reader user is where their words are, and hears "Your reply is up." read from it. Each reply is
   focused once: later Ajax answers (support, flags) re-render the mark but leave the focus alone. */
(function () {
    var focused = {};

    function focusNewReply() {
        var target = document.querySelector('[data-focus-here]');
        if (!target || focused[target.id]) {
            return;
        }
        focused[target.id] = true;
        target.focus();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusNewReply);
    } else {
        focusNewReply();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusNewReply);
    }
})();
